package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessService;

/**
 * What the current caller ({@link CallerContext}) may see: the {@link Scope} of records, and whether ID
 * numbers and phones are masked. No caller (code inside the container) sees everything in full.
 */
public final class Visibility {

    /** Sees everything in full whoever calls: for tests of code that is not about access. */
    public static final Visibility TRUSTING = new Visibility(null);

    private final UserAccessService access;

    public Visibility(UserAccessService access) {
        this.access = access;
    }

    public Scope scope() {
        Optional<Caller> caller = CallerContext.current();
        return access == null || caller.isEmpty() ? Scope.all() : access.scopeOf(caller.get());
    }

    /** True when the caller gets ID numbers and phones masked. */
    public boolean masks() {
        Optional<Caller> caller = CallerContext.current();
        return access != null && caller.isPresent() && !access.seesInFull(caller.get());
    }

    /**
     * Restricts {@code filter} to the scope, over the township and village code of each row; a scope of
     * all adds nothing.
     */
    static Filter restrict(Filter filter, Scope scope, String townshipPath, String villagePath) {
        Condition c = condition(scope, townshipPath, villagePath);
        return c == null ? filter : filter.and(c.jpql, c.values.toArray());
    }

    /** The JPQL condition (with ? for values) that keeps rows inside the scope; null for all. */
    static Condition condition(Scope scope, String townshipPath, String villagePath) {
        if (scope.isAll()) {
            return null;
        }
        if (scope.isNothing()) {
            return new Condition(townshipPath + " IS NULL AND " + townshipPath + " IS NOT NULL", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!scope.townships().isEmpty()) {
            parts.add(townshipPath + " IN ?");
            values.add(new ArrayList<>(scope.townships()));
        }
        if (!scope.villages().isEmpty() && villagePath != null) {
            parts.add(villagePath + " IN ?");
            values.add(new ArrayList<>(scope.villages()));
        }
        if (!scope.villages().isEmpty() && villagePath == null) {
            // a record known only by its township (a team): any township the caller sees part of
            parts.add(townshipPath + " IN ?");
            values.add(new ArrayList<>(scope.touchedTownships()));
        }
        return new Condition("(" + String.join(" OR ", parts) + ")", values);
    }

    static final class Condition {
        final String jpql;
        final List<Object> values;

        Condition(String jpql, List<Object> values) {
            this.jpql = jpql;
            this.values = values;
        }
    }

    // Masking: applied to what a service returns, never to what it stores.

    PersonDTO present(PersonDTO d) {
        if (d != null && masks()) {
            d.idNumber = Masking.idNumber(d.idNumber);
            d.phone = Masking.phone(d.phone);
        }
        return d;
    }

    List<PersonDTO> presentPersons(List<PersonDTO> list) {
        if (masks()) {
            list.forEach(d -> {
                d.idNumber = Masking.idNumber(d.idNumber);
                d.phone = Masking.phone(d.phone);
            });
        }
        return list;
    }

    HouseholdDTO present(HouseholdDTO d) {
        if (d != null && masks()) {
            d.contactPhone = Masking.phone(d.contactPhone);
            for (MigrantMemberDTO m : d.migrantMembers) {
                m.phone = Masking.phone(m.phone);
            }
        }
        return d;
    }

    GuardianshipDTO present(GuardianshipDTO d) {
        if (d != null && masks()) {
            d.contactPhone = Masking.phone(d.contactPhone);
        }
        return d;
    }

    ServiceSiteDTO present(ServiceSiteDTO d) {
        if (d != null && masks()) {
            d.contactPhone = Masking.phone(d.contactPhone);
        }
        return d;
    }

    VolunteerDTO present(VolunteerDTO d) {
        if (d != null && masks()) {
            d.phone = Masking.phone(d.phone);
        }
        return d;
    }

    /** What a write keeps when the client sent back the masked value it was shown: the stored one. */
    static String keep(String sent, String stored) {
        return Masking.isMasked(sent) ? stored : sent;
    }
}
