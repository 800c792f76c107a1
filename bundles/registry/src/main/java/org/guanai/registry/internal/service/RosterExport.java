package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Scoping;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.MigrantMemberEntity;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.roster.Csv;
import org.guanai.registry.internal.roster.RosterValues;
import org.guanai.registry.internal.roster.XlsxWriter;

/**
 * The roster back out, in the template's layout (an unmasked export re-imports to the same data): the active
 * persons the query selects (the ended too when asked, with their 状态), with their households, migrant members
 * and guardians. ID numbers and phones are masked unless the caller may and asked to see them in full. Every CSV
 * cell is written through {@link Csv#writeRow}, which neutralises what a spreadsheet would run as a formula.
 */
final class RosterExport {

    /** The template's columns, in order: what an export writes. */
    static final List<RosterColumn> COLUMNS = Arrays.stream(RosterColumn.values()).filter(RosterColumn::template).toList();

    private final JpaTemplate jpa;
    private final DivisionService divisions;
    private final CallerView visibility;
    /** Null in tests that do not audit. */
    private final AuditService audit;

    RosterExport(JpaTemplate jpa, DivisionService divisions, CallerView visibility, AuditService audit) {
        this.jpa = jpa;
        this.divisions = divisions;
        this.visibility = visibility;
        this.audit = audit;
    }

    private void audit(AuditEvent.Builder event) {
        if (audit != null) {
            audit.record(event.build());
        }
    }

    int export(RosterExportQuery query, OutputStream out) throws IOException {
        RosterExportQuery q = query == null ? new RosterExportQuery() : query;
        // Full view: trusted internal code, or a full-view role that asked with a reason.
        boolean full = !visibility.masks();
        Scoping.Condition inScope = Scoping.condition(visibility.scope(), "p.townshipCode", "p.villageCode");
        List<List<String>> rows = jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder jpql = new StringBuilder("SELECT p FROM Person p WHERE 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (inScope != null) {
                // the caller's divisions, as every list of persons has them; positional marks become named ones
                String condition = inScope.jpql;
                for (int i = 0; i < inScope.values.size(); i++) {
                    condition = condition.replaceFirst("\\?", ":scope" + i);
                    params.put("scope" + i, inScope.values.get(i));
                }
                jpql.append(" AND ").append(condition);
            }
            if (q.townshipCode != null) {
                jpql.append(" AND p.townshipCode = :t");
                params.put("t", q.townshipCode);
            }
            if (q.villageCode != null) {
                jpql.append(" AND p.villageCode = :v");
                params.put("v", q.villageCode);
            }
            if (!q.includeEnded) {
                jpql.append(" AND p.status = :active");
                params.put("active", Status.ACTIVE);
            }
            if (q.category != null) {
                jpql.append(" AND ").append(PersonServiceImpl.categoryPath(q.category).replace("e.", "p."))
                        .append(" = :c");
                params.put("c", Boolean.TRUE);
            }
            jpql.append(" ORDER BY p.householdId, p.id");
            TypedQuery<PersonEntity> tq = em.createQuery(jpql.toString(), PersonEntity.class);
            params.forEach(tq::setParameter);
            List<PersonEntity> persons = tq.getResultList();

            Map<Long, HouseholdEntity> households = new HashMap<>();
            List<Long> householdIds = persons.stream().map(PersonEntity::getHouseholdId)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            for (int i = 0; i < householdIds.size(); i += ImportLookups.LOOKUP_BATCH) {
                for (HouseholdEntity h : em.createQuery("SELECT h FROM Household h WHERE h.id IN :ids",
                        HouseholdEntity.class)
                        .setParameter("ids", householdIds.subList(i, Math.min(householdIds.size(),
                                i + ImportLookups.LOOKUP_BATCH)))
                        .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                        .getResultList()) {
                    households.put(h.getId(), h);
                }
            }
            Map<Long, GuardianshipEntity> guardians = new HashMap<>();
            List<Long> children = persons.stream().filter(PersonEntity::isChild).map(PersonEntity::getId).toList();
            for (int i = 0; i < children.size(); i += ImportLookups.LOOKUP_BATCH) {
                for (GuardianshipEntity g : em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id IN :ids"
                        + " AND g.status = :active ORDER BY g.id", GuardianshipEntity.class)
                        .setParameter("active", org.guanai.registry.api.Status.ACTIVE)
                        .setParameter("ids", children.subList(i, Math.min(children.size(), i + ImportLookups.LOOKUP_BATCH)))
                        .getResultList()) {
                    guardians.putIfAbsent(g.getChild().getId(), g);
                }
            }
            return rows(persons, households, guardians, full);
        });
        audit(AuditEvent.of(AuditOperations.EXPORT).record("roster", null)
                .detail(rows.size() + " rows; township=" + q.townshipCode + ", village=" + q.villageCode + ", category="
                        + q.category + (q.includeEnded ? ", ended too" : "") + ", " + q.format + (full ? ", full view" + CallerContext.current()
                        .flatMap(Caller::unmaskReason).map(r -> " (" + r + ")").orElse("") : ", masked")));
        List<String> header = new ArrayList<>();
        for (RosterColumn c : COLUMNS) {
            header.add(c.chinese());
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        if (q.format == RosterFormat.XLSX) {
            XlsxWriter.write(out, "花名册", all);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            for (List<String> row : all) {
                Csv.writeRow(w, row);
            }
            w.flush();
        }
        return (int) rows.stream().filter(r -> !r.get(COLUMNS.indexOf(NAME)).isEmpty()).count();
    }

    private List<List<String>> rows(List<PersonEntity> persons, Map<Long, HouseholdEntity> households,
                                    Map<Long, GuardianshipEntity> guardians, boolean full) {
        Map<Long, List<PersonEntity>> byHousehold = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<PersonEntity> alone = new ArrayList<>();
        for (PersonEntity p : persons) {
            if (p.getHouseholdId() == null || !households.containsKey(p.getHouseholdId())) {
                alone.add(p);
            } else {
                byHousehold.computeIfAbsent(p.getHouseholdId(), h -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<Long, List<PersonEntity>> e : byHousehold.entrySet()) {
            HouseholdEntity h = households.get(e.getKey());
            List<MigrantMemberEntity> migrants = h.getMigrantMembers();
            int n = Math.max(e.getValue().size(), migrants.size());
            boolean notesWritten = h.getNotes() == null;
            for (int i = 0; i < n || !notesWritten; i++) {
                Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
                household(row, h, full);
                if (i < e.getValue().size()) {
                    person(row, e.getValue().get(i), guardians.get(e.getValue().get(i).getId()), full);
                } else if (!notesWritten) {
                    row.put(NOTES, h.getNotes());
                    notesWritten = true;
                }
                if (i < migrants.size()) {
                    migrant(row, migrants.get(i), full);
                }
                rows.add(list(row));
            }
        }
        for (PersonEntity p : alone) {
            Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
            row.put(TOWNSHIP, divisionName(p.getTownshipCode()));
            row.put(VILLAGE, divisionName(p.getVillageCode()));
            person(row, p, guardians.get(p.getId()), full);
            rows.add(list(row));
        }
        return rows;
    }

    private void household(Map<RosterColumn, String> row, HouseholdEntity h, boolean full) {
        row.put(HOUSEHOLD_KEY, h.getHouseholdKey() != null ? h.getHouseholdKey() : "#" + h.getId());
        row.put(TOWNSHIP, divisionName(h.getTownshipCode()));
        row.put(VILLAGE, divisionName(h.getVillageCode()));
        row.put(ADDRESS, h.getAddress());
        row.put(HEAD_NAME, h.getHeadName());
        row.put(HOUSEHOLD_PHONE, phone(h.getContactPhone(), full));
        row.put(HARDSHIP, h.isHardship() ? "是" : "否");
    }

    private static void person(Map<RosterColumn, String> row, PersonEntity p, GuardianshipEntity g, boolean full) {
        row.put(NAME, p.getName());
        row.put(GENDER, RosterValues.GENDER.get(p.getGender()));
        row.put(ID_NUMBER, full ? p.getIdNumber() : Masking.idNumber(p.getIdNumber()));
        row.put(BIRTH_DATE, p.getBirthDate() == null ? null : p.getBirthDate().toString());
        row.put(STATUS, p.getStatus() == Status.ACTIVE ? "在册" : "已结束" + (p.getEndReason() == null ? ""
                : " " + p.getEndReason().name()) + (p.getEndedOn() == null ? "" : " " + p.getEndedOn()));
        row.put(PHONE, phone(p.getPhone(), full));
        row.put(CATEGORIES, RosterValues.categories(p.getCategories()));
        row.put(SCHOOL_STAGE, p.getSchoolStage() == null ? null : RosterValues.SCHOOL_STAGE.get(p.getSchoolStage()));
        row.put(NOTES, p.getNotes());
        if (g != null) {
            String gid = g.getGuardian().getIdNumber();
            row.put(GUARDIAN_ID_NUMBER, full ? gid : Masking.idNumber(gid));
            row.put(GUARDIAN_RELATION, RosterValues.GUARDIAN_RELATION.get(g.getRelation()));
            row.put(GUARDIAN_CAPACITY, RosterValues.GUARDIAN_CAPACITY.get(g.getCapacity()));
            row.put(GUARDIAN_PHONE, phone(g.getContactPhone(), full));
        }
    }

    private static void migrant(Map<RosterColumn, String> row, MigrantMemberEntity m, boolean full) {
        row.put(MIGRANT_NAME, m.getName());
        row.put(MIGRANT_RELATION, RosterValues.MIGRANT_RELATION.get(m.getRelation()));
        row.put(WORK_PROVINCE, m.getWorkProvince());
        row.put(WORK_CITY, m.getWorkCity());
        row.put(EMPLOYER, m.getEmployer());
        row.put(MIGRANT_PHONE, phone(m.getPhone(), full));
        row.put(AWAY_SINCE, m.getAwaySince() == null ? null : m.getAwaySince().toString());
        row.put(HOME_FREQUENCY, m.getHomeFrequency() == null ? null : RosterValues.HOME_FREQUENCY.get(m.getHomeFrequency()));
    }

    private static String phone(String value, boolean full) {
        return full ? value : Masking.phone(value);
    }

    private String divisionName(String code) {
        return code == null ? null : divisions.find(code).map(d -> d.name).orElse(code);
    }

    private static List<String> list(Map<RosterColumn, String> row) {
        List<String> cells = new ArrayList<>();
        for (RosterColumn c : COLUMNS) {
            String v = row.get(c);
            cells.add(v == null ? "" : v);
        }
        return cells;
    }
}
