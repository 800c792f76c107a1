package org.guanai.registry.internal.divisions;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.NationalCountyDTO;
import org.guanai.registry.api.NationalDivisions;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.jpa.DivisionEntity;

/**
 * Sets the registry up for one county of the national list, in one transaction: the county and its townships
 * and villages are added or renamed; stored divisions the list lacks are removed when no record is filed under
 * them and nobody added them by hand, else kept and reported. Divisions of another county may only go if they
 * hold nothing: a registry serves one county, and its records are never orphaned.
 */
public final class CountySetup {

    private final NationalDivisions national;

    public CountySetup(NationalDivisions national) {
        this.national = national;
    }

    /** The one county {@code codeOrName} names, or a {@link ValidationException} on {@code county} saying why not. */
    public NationalCountyDTO resolve(String codeOrName) {
        if (national == null) {
            throw ValidationException.of("county", text("county.noNationalList"));
        }
        String q = codeOrName == null ? "" : codeOrName.strip();
        if (q.isEmpty()) {
            throw ValidationException.of("county", text("county.required"));
        }
        List<NationalCountyDTO> found = national.counties(q);
        if (found.isEmpty()) {
            throw ValidationException.of("county", text("county.notFound", q, national.edition()));
        }
        if (found.size() > 1) {
            StringBuilder s = new StringBuilder();
            found.stream().limit(12).forEach(c -> s.append(c.code).append(' ').append(c.province).append(c.city)
                    .append(c.name).append("; "));
            if (found.size() > 12) {
                s.append("… (").append(found.size()).append(")");
            }
            throw ValidationException.of("county", text("county.several", q, s.toString().strip()));
        }
        return found.get(0);
    }

    /** Plans and (unless {@code dryRun}) applies the setup inside {@code em}'s transaction. */
    public CountySetupDTO apply(EntityManager em, NationalCountyDTO county, boolean dryRun) {
        List<DivisionEntity> stored = em.createQuery("SELECT d FROM Division d ORDER BY d.code", DivisionEntity.class)
                .getResultList();
        DivisionUse use = DivisionUse.count(em);
        CountySetupDTO out = new CountySetupDTO();
        out.dryRun = dryRun;
        out.edition = national.edition();
        out.city = county.city;
        out.province = county.province;
        out.county = new DivisionDTO(county.code, county.name, DivisionLevel.COUNTY, null);

        Map<String, DivisionDTO> wanted = new LinkedHashMap<>();
        wanted.put(county.code, out.county);
        for (DivisionDTO d : national.divisions(county.code)) {
            wanted.put(d.code, new DivisionDTO(d.code, DivisionNaming.display(d.name), d.level, d.parentCode));
        }
        Map<String, DivisionEntity> byCode = new HashMap<>();
        List<DivisionEntity> toRemove = new ArrayList<>();
        List<String> othersWithRecords = new ArrayList<>();
        for (DivisionEntity e : stored) {
            byCode.put(e.getCode(), e);
            if (e.getLevel() == DivisionLevel.COUNTY && !e.getCode().equals(county.code)) {
                out.previous = new DivisionDTO(e.getCode(), e.getName(), e.getLevel(), null);
            } else if (e.getCode().equals(county.code) && !e.getName().equals(county.name)) {
                out.previous = new DivisionDTO(e.getCode(), e.getName(), e.getLevel(), null);
            }
            if (wanted.containsKey(e.getCode())) {
                continue;
            }
            long records = use.of(e.getCode());
            boolean sameCounty = e.getCode().startsWith(county.code);
            if (!sameCounty && records > 0 && e.getLevel() != DivisionLevel.COUNTY) {
                othersWithRecords.add(e.getCode() + " " + e.getName() + " (" + records + ")");
            } else if (records > 0 || (sameCounty && DivisionEntity.SOURCE_MANUAL.equals(e.getSource()))) {
                out.kept.add(new CountySetupDTO.KeptDivision(dto(e), records,
                        DivisionEntity.SOURCE_MANUAL.equals(e.getSource())));
            } else {
                toRemove.add(e);
                if (e.getLevel() != DivisionLevel.COUNTY) {
                    out.removed.add(dto(e));
                }
            }
        }
        if (!othersWithRecords.isEmpty()) {
            throw ValidationException.of("county", text("county.otherRecords", county.name,
                    String.join("; ", othersWithRecords.subList(0, Math.min(5, othersWithRecords.size())))
                    + (othersWithRecords.size() > 5 ? " …" : "")));
        }
        for (DivisionDTO d : wanted.values()) {
            DivisionEntity e = byCode.get(d.code);
            if (e == null) {
                out.added++;
                if (!dryRun) {
                    e = new DivisionEntity(d.code);
                    set(e, d);
                    em.persist(e);
                }
            } else if (!e.getName().equals(d.name) || e.getLevel() != d.level
                    || !java.util.Objects.equals(e.getParentCode(), d.parentCode)) {
                out.renamed++;
                if (!dryRun) {
                    set(e, d);
                }
            } else {
                out.unchanged++;
                if (!dryRun) {
                    e.setSource(DivisionEntity.SOURCE_NATIONAL);
                }
            }
        }
        if (!dryRun) {
            // villages before their townships, townships before their county
            toRemove.sort((a, b) -> Integer.compare(b.getCode().length(), a.getCode().length()));
            for (DivisionEntity e : toRemove) {
                em.remove(e);
            }
        }
        int keptTownships = (int) out.kept.stream().filter(k -> k.division.level == DivisionLevel.TOWNSHIP).count();
        out.townships = (int) wanted.values().stream().filter(d -> d.level == DivisionLevel.TOWNSHIP).count() + keptTownships;
        out.villages = (int) wanted.values().stream().filter(d -> d.level == DivisionLevel.VILLAGE).count()
                + out.kept.size() - keptTownships;
        return out;
    }

    private static void set(DivisionEntity e, DivisionDTO d) {
        e.setName(d.name);
        e.setLevel(d.level);
        e.setParentCode(d.parentCode);
        e.setSource(DivisionEntity.SOURCE_NATIONAL);
    }

    private static DivisionDTO dto(DivisionEntity e) {
        return new DivisionDTO(e.getCode(), e.getName(), e.getLevel(), e.getParentCode());
    }
}
