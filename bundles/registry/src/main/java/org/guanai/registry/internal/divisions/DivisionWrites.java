package org.guanai.registry.internal.divisions;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.Objects;

import javax.persistence.EntityManager;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.jpa.DivisionEntity;
import org.guanai.registry.internal.validation.DivisionCodes;

/** The division service's writes of single divisions, and the checks of a county that brings its own list. */
public final class DivisionWrites {

    private DivisionWrites() {
    }

    /** The county a fresh registry is to serve with its own list; refused when one is set up already. */
    public static DivisionDTO ownCounty(DivisionDTO stored, String code, String name) {
        if (stored != null) {
            throw ValidationException.of("county", text("division.countySet", stored.name, stored.code));
        }
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (!DivisionCodes.isCounty(c)) {
            throw ValidationException.of("county", text("division.countyCode", c));
        }
        if (n.isEmpty()) {
            throw ValidationException.of("name", text("required"));
        }
        return new DivisionDTO(c, n, DivisionLevel.COUNTY, null);
    }

    /**
     * @param source the source to record, or null to keep a stored division's
     * @return whether anything was created or changed
     */
    public static boolean upsert(EntityManager em, String code, String name, DivisionLevel level, String parent,
                                  String source) {
        DivisionEntity d = em.find(DivisionEntity.class, code);
        if (d == null) {
            d = new DivisionEntity(code);
            em.persist(d);
        } else if (name.equals(d.getName()) && level == d.getLevel() && Objects.equals(parent, d.getParentCode())) {
            return false;
        }
        d.setName(name);
        d.setLevel(level);
        d.setParentCode(parent);
        if (source != null) {
            d.setSource(source);
        }
        return true;
    }
}
