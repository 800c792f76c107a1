package org.guanai.meeting.internal.service;

import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.internal.MeetingText;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.PersonDTO;

/**
 * A matter as typed, checked field by field, with where it lies worked out from the most precise of person,
 * household, village and township (those given besides must agree). Asks the registry as the caller sees it,
 * before any transaction of the module's: a person or household the caller does not see "does not exist".
 */
final class MatterInput {
    static final int RAISED_BY_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    private MatterInput() {
    }

    static MatterDTO check(MatterDTO in, Places places, Checks checks) {
        MatterDTO out = new MatterDTO();
        out.meetingId = RecordServiceSupport.body(in).meetingId;
        checks.require("meetingId", out.meetingId);
        out.raisedBy = RecordServiceSupport.clean(in.raisedBy);
        checks.require("raisedBy", out.raisedBy).maxLength("raisedBy", out.raisedBy, RAISED_BY_MAX);
        out.title = RecordServiceSupport.clean(in.title);
        checks.require("title", out.title).maxLength("title", out.title, TITLE_MAX);
        out.description = RecordServiceSupport.clean(in.description);
        checks.maxLength("description", out.description, DESCRIPTION_MAX);
        out.departmentId = in.departmentId;
        checks.require("departmentId", in.departmentId);
        out.dueOn = in.dueOn;
        checks.require("dueOn", in.dueOn);
        place(in, out, places, checks);
        return out;
    }

    private static void place(MatterDTO in, MatterDTO out, Places places, Checks checks) {
        out.personId = in.personId;
        out.householdId = in.householdId;
        String village = null;
        String township = null;
        if (in.personId != null) {
            PersonDTO p = places.person(in.personId).orElse(null);
            checks.check(p != null, "personId", MeetingText.text("person.unknown", in.personId));
            if (p != null) {
                village = p.villageCode;
                township = p.townshipCode;
                checks.check(in.householdId == null || in.householdId.equals(p.householdId), "householdId",
                        MeetingText.text("household.notPersons"));
                out.householdId = p.householdId;
            }
        } else if (in.householdId != null) {
            HouseholdDTO h = places.household(in.householdId).orElse(null);
            checks.check(h != null, "householdId", MeetingText.text("household.unknown", in.householdId));
            if (h != null) {
                village = h.villageCode;
                township = h.townshipCode;
            }
        }
        String givenVillage = RecordServiceSupport.clean(in.villageCode);
        if (givenVillage != null) {
            DivisionDTO v = places.division(givenVillage, DivisionLevel.VILLAGE).orElse(null);
            checks.check(v != null, "villageCode", MeetingText.text("village.notInCounty", givenVillage));
            checks.check(village == null || village.equals(givenVillage), "villageCode",
                    MeetingText.text("village.notConcerned"));
            if (v != null && village == null) {
                village = givenVillage;
                township = v.parentCode;
            }
        }
        String givenTownship = RecordServiceSupport.clean(in.townshipCode);
        if (givenTownship != null) {
            checks.check(places.division(givenTownship, DivisionLevel.TOWNSHIP).isPresent(), "townshipCode",
                    MeetingText.text("township.notInCounty", givenTownship));
            checks.check(township == null || township.equals(givenTownship), "townshipCode",
                    MeetingText.text("township.notConcerned"));
            township = township == null ? givenTownship : township;
        }
        out.villageCode = village;
        out.townshipCode = township;
    }
}
