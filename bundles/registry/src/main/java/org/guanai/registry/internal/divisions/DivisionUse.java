package org.guanai.registry.internal.divisions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * How many registry records are filed under each division: households, persons and service sites under their
 * village and township, service teams under their township, users assigned to it. A division with records is
 * never removed. (Modules file records by township code too; they keep the code if a division goes.)
 */
final class DivisionUse {

    private final Map<String, Long> records = new HashMap<>();

    private DivisionUse() {
    }

    static DivisionUse count(EntityManager em) {
        DivisionUse use = new DivisionUse();
        for (String entity : new String[] {"Household", "Person", "ServiceSite"}) {
            use.add(em, "SELECT e.villageCode, COUNT(e) FROM " + entity + " e GROUP BY e.villageCode");
            use.add(em, "SELECT e.townshipCode, COUNT(e) FROM " + entity + " e GROUP BY e.townshipCode");
        }
        use.add(em, "SELECT e.townshipCode, COUNT(e) FROM ServiceTeam e WHERE e.townshipCode IS NOT NULL"
                + " GROUP BY e.townshipCode");
        @SuppressWarnings("unchecked")
        List<Object[]> users = em.createNativeQuery(
                "SELECT division_code, COUNT(*) FROM user_divisions GROUP BY division_code").getResultList();
        for (Object[] row : users) {
            use.records.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return use;
    }

    private void add(EntityManager em, String jpql) {
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            if (row[0] != null) {
                records.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
            }
        }
    }

    /** Records under the division (for a county: under any of its divisions). */
    long of(String code) {
        if (code.length() == 6) {
            return records.entrySet().stream().filter(e -> e.getKey().startsWith(code) && e.getKey().length() == 9)
                    .mapToLong(Map.Entry::getValue).sum();
        }
        return records.getOrDefault(code, 0L);
    }
}
