package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as integrators write them: plain JSON objects, independent of the Java DTOs. */
public final class Records {
    /** A village of the tests' sample county ({@link SampleCounty}). */
    public static final String VILLAGE = "430621100201";
    public static final String TOWNSHIP = "430621100";
    /** Real 岳阳县 (430621) as registry:county sets it up from the national list: 荣家湾镇 城东村, 黄沙街镇 复兴村. */
    public static final String REAL_VILLAGE = "430621100265";
    public static final String REAL_TOWNSHIP = "430621100";
    public static final String REAL_OTHER_VILLAGE = "430621104236";

    private Records() {
    }

    public static Map<String, Object> household(String headName) {
        Map<String, Object> migrant = new LinkedHashMap<>();
        migrant.put("name", headName + "夫");
        migrant.put("relation", "HUSBAND");
        migrant.put("workProvince", "广东省");
        migrant.put("workCity", "东莞市");
        migrant.put("employer", "东莞某电子厂");
        migrant.put("phone", "13800138000");
        migrant.put("awaySince", "2022-03-01");
        migrant.put("homeFrequency", "YEARLY");
        Map<String, Object> father = new LinkedHashMap<>(migrant);
        father.put("name", headName + "父");
        father.put("relation", "FATHER");
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("villageCode", VILLAGE);
        h.put("headName", headName);
        h.put("address", "古洲湾村三组");
        h.put("hardship", false);
        h.put("migrantMembers", List.of(migrant, father));
        return h;
    }

    public static Map<String, Object> woman(String name, long householdId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("idNumber", TestData.idNumber(TestData.bornYearsAgo(35), true));
        p.put("phone", "13912345678");
        p.put("householdId", householdId);
        p.put("categories", List.of("LEFT_BEHIND_WOMAN"));
        return p;
    }

    public static Map<String, Object> child(String name, long householdId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("idNumber", TestData.idNumber(TestData.bornYearsAgo(9), false));
        p.put("householdId", householdId);
        p.put("categories", List.of("LEFT_BEHIND_CHILD"));
        p.put("schoolStage", "PRIMARY");
        return p;
    }

    public static Map<String, Object> guardianship(long childId, long guardianId) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("childId", childId);
        g.put("guardianId", guardianId);
        g.put("relation", "MOTHER");
        g.put("capacity", "GOOD");
        g.put("since", LocalDate.now().minusYears(1).toString());
        return g;
    }

    public static Map<String, Object> end(String reason) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("reason", reason);
        e.put("note", "itest");
        return e;
    }
}
