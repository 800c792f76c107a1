package org.guanai.meeting.internal.service;

import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.meeting.api.MatterDTO;
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
            checks.check(p != null, "personId", "人员 " + in.personId + " 不存在 / person " + in.personId
                    + " does not exist");
            if (p != null) {
                village = p.villageCode;
                township = p.townshipCode;
                checks.check(in.householdId == null || in.householdId.equals(p.householdId), "householdId",
                        "不是该人员的家庭 / is not that person's household");
                out.householdId = p.householdId;
            }
        } else if (in.householdId != null) {
            HouseholdDTO h = places.household(in.householdId).orElse(null);
            checks.check(h != null, "householdId", "家庭 " + in.householdId + " 不存在 / household "
                    + in.householdId + " does not exist");
            if (h != null) {
                village = h.villageCode;
                township = h.townshipCode;
            }
        }
        String givenVillage = RecordServiceSupport.clean(in.villageCode);
        if (givenVillage != null) {
            DivisionDTO v = places.division(givenVillage, DivisionLevel.VILLAGE).orElse(null);
            checks.check(v != null, "villageCode", givenVillage + " 不是本县的村 / is not a village of this county");
            checks.check(village == null || village.equals(givenVillage), "villageCode",
                    "与所涉人员或家庭所在村不符 / is not the village of the person or household concerned");
            if (v != null && village == null) {
                village = givenVillage;
                township = v.parentCode;
            }
        }
        String givenTownship = RecordServiceSupport.clean(in.townshipCode);
        if (givenTownship != null) {
            checks.check(places.division(givenTownship, DivisionLevel.TOWNSHIP).isPresent(), "townshipCode",
                    givenTownship + " 不是本县的乡镇 / is not a township of this county");
            checks.check(township == null || township.equals(givenTownship), "townshipCode",
                    "与所涉村、家庭或人员所在乡镇不符 / is not the township of the village, household or person");
            township = township == null ? givenTownship : township;
        }
        out.villageCode = village;
        out.townshipCode = township;
    }
}
