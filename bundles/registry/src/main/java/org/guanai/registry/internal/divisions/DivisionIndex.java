package org.guanai.registry.internal.divisions;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.ValidationException;

/**
 * One county's divisions in memory, looked up by code or by name as people write them (城东村 or
 * 城东村民委员会; 城东 when that is unambiguous; 荣家湾镇/城东村 to pick among namesakes). Immutable: the division
 * service swaps a new one in after every change. Filters and the roster import resolve names with it.
 */
public final class DivisionIndex {

    /** What a name or code resolves to: one division, none, or several (the candidates). */
    public record Match(List<DivisionDTO> candidates) {
        public boolean unique() {
            return candidates.size() == 1;
        }

        public DivisionDTO division() {
            return candidates.get(0);
        }

        public boolean none() {
            return candidates.isEmpty();
        }
    }

    private final DivisionDTO county;
    private final Map<String, DivisionDTO> byCode;
    private final Map<String, List<DivisionDTO>> children;
    private final Map<String, List<DivisionDTO>> byName = new HashMap<>();
    private final Map<String, List<DivisionDTO>> byStem = new HashMap<>();

    /** @param county null while no county is set up */
    public DivisionIndex(DivisionDTO county, Collection<DivisionDTO> divisions) {
        this.county = county;
        this.byCode = new TreeMap<>();
        this.children = new HashMap<>();
        for (DivisionDTO d : divisions) {
            byCode.put(d.code, d);
            if (d.parentCode != null) {
                children.computeIfAbsent(d.parentCode, p -> new ArrayList<>()).add(d);
            }
            if (d.level != DivisionLevel.COUNTY) {
                byName.computeIfAbsent(DivisionNaming.key(d.name), k -> new ArrayList<>()).add(d);
                byStem.computeIfAbsent(DivisionNaming.stem(d.name), k -> new ArrayList<>()).add(d);
            }
        }
        children.values().forEach(list -> list.sort(java.util.Comparator.comparing(x -> x.code)));
    }

    public DivisionDTO county() {
        return county;
    }

    public DivisionDTO byCode(String code) {
        return code == null ? null : byCode.get(code.strip());
    }

    public Collection<DivisionDTO> all() {
        return byCode.values();
    }

    public List<DivisionDTO> children(String parent) {
        return children.getOrDefault(parent, List.of());
    }

    /** A township by code or name. */
    public Match township(String codeOrName) {
        return find(codeOrName, DivisionLevel.TOWNSHIP, null);
    }

    /**
     * A village by code, by name (within {@code townshipCode} when given), or as {@code 乡镇/村}; a name given
     * with its township that lives in another township is no match.
     */
    public Match village(String codeOrName, String townshipCode) {
        String v = codeOrName == null ? "" : codeOrName.strip();
        int slash = Math.max(v.indexOf('/'), v.indexOf('／'));
        if (slash > 0 && townshipCode == null) {
            Match t = township(v.substring(0, slash));
            if (!t.unique()) {
                return new Match(List.of());
            }
            return find(v.substring(slash + 1), DivisionLevel.VILLAGE, t.division().code);
        }
        return find(v, DivisionLevel.VILLAGE, townshipCode);
    }

    /**
     * The township a filter names, by code or name; null for a blank value.
     *
     * @throws ValidationException on {@code field}, naming the value and why it names no township
     */
    public String townshipCode(String field, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        Match m = township(codeOrName);
        if (!m.unique()) {
            throw ValidationException.of(field, m.none() ? text("division.notTownship", codeOrName.strip(), countyName())
                    : text("division.severalTownships", codeOrName.strip(), codes(m)));
        }
        return m.division().code;
    }

    /** The village a filter names, by code, name or 乡镇/村; null for a blank value. */
    public String villageCode(String field, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        Match m = village(codeOrName, null);
        if (!m.unique()) {
            throw ValidationException.of(field, m.none() ? text("division.notVillage", codeOrName.strip(), countyName())
                    : text("division.severalVillages", codeOrName.strip(), codes(m)));
        }
        return m.division().code;
    }

    private String countyName() {
        return county == null ? "this county (none set up yet)" : county.name;
    }

    private static String codes(Match m) {
        List<String> list = new ArrayList<>();
        m.candidates().stream().limit(8).forEach(d -> list.add(d.code + " " + d.name));
        return String.join(", ", list);
    }

    private Match find(String codeOrName, DivisionLevel level, String parent) {
        String v = codeOrName == null ? "" : codeOrName.strip();
        if (v.isEmpty()) {
            return new Match(List.of());
        }
        if (v.chars().allMatch(Character::isDigit)) {
            DivisionDTO d = byCode.get(v);
            boolean fits = d != null && d.level == level && (parent == null || parent.equals(d.parentCode));
            return new Match(fits ? List.of(d) : List.of());
        }
        List<DivisionDTO> named = filter(byName.get(DivisionNaming.key(v)), level, parent);
        if (named.isEmpty()) {
            named = filter(byStem.get(DivisionNaming.stem(v)), level, parent);
        }
        return new Match(named);
    }

    private static List<DivisionDTO> filter(List<DivisionDTO> list, DivisionLevel level, String parent) {
        if (list == null) {
            return List.of();
        }
        return list.stream().filter(d -> d.level == level && (parent == null || parent.equals(d.parentCode))).toList();
    }
}
