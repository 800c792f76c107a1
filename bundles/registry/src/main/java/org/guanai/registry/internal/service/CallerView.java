package org.guanai.registry.internal.service;

import java.util.List;

import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;

/**
 * The registry's DTOs as the current caller may see them: the caller's {@link Scope}, and ID numbers and phones
 * masked unless {@link Visibility} says the caller sees them in full. Decides nothing itself.
 */
public final class CallerView {

    /** Sees everything in full whoever calls: for tests of code that is not about access. */
    public static final CallerView TRUSTING = new CallerView(null);

    private final Visibility visibility;

    public CallerView(Visibility visibility) {
        this.visibility = visibility;
    }

    /** The visibility this view asks; null for {@link #TRUSTING}. */
    public Visibility visibility() {
        return visibility;
    }

    public Scope scope() {
        return visibility == null ? Scope.all() : visibility.scope();
    }

    /** True when the caller gets ID numbers and phones masked. */
    public boolean masks() {
        return visibility != null && !visibility.seesInFull();
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
            list.forEach(this::present);
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
