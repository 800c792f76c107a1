package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.PersonEntity;

/**
 * Writes the good rows in chunks of about {@link #CHUNK_ROWS} rows, cut at household boundaries, each chunk one
 * transaction after one query each for the households, persons and guardianships it touches. The records are
 * mapped with the registry services' own mappers from DTOs their rules validated. A guardianship whose guardian
 * is in a later chunk is written after the last chunk. A dry run decides the same and writes nothing.
 */
final class ChunkWriter {

    static final int CHUNK_ROWS = 500;

    /** Called inside each chunk's transaction after its writes, before the commit: tests inject failures here. */
    interface ChunkHook {
        void beforeCommit(int chunk);
    }

    private final ImportLookups lookups;
    final ImportAudit audit;
    ChunkHook hook = chunk -> { };
    int chunkRows = CHUNK_ROWS;

    ChunkWriter(ImportLookups lookups, ImportAudit audit) {
        this.lookups = lookups;
        this.audit = audit;
    }

    List<List<ImportModel.Row>> chunks(ImportModel model) {
        List<List<ImportModel.Row>> chunks = new ArrayList<>();
        List<ImportModel.Row> current = new ArrayList<>();
        for (ImportModel.Household h : model.households.values()) {
            List<ImportModel.Row> good = h.rejected ? List.of() : h.rows.stream().filter(ImportModel.Row::ok).toList();
            if (good.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && current.size() + good.size() > chunkRows) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(good);
        }
        for (List<ImportModel.Row> loose : List.of(model.noHousehold, model.guardianRows)) {
            for (ImportModel.Row r : loose) {
                if (r.ok()) {
                    if (current.size() >= chunkRows) {
                        chunks.add(current);
                        current = new ArrayList<>();
                    }
                    current.add(r);
                }
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Writes one chunk in one transaction. Rows whose guardian is not yet stored go to {@code deferred} (unless
     * this is the deferred chunk itself, {@code last}).
     */
    void write(ImportResult result, List<ImportModel.Row> chunk, Set<RosterColumn> columns, boolean dryRun,
               List<ImportModel.Row> deferred, int chunkIndex, RosterImport.Progress progress, boolean last) {
        int[] updated = new int[1];
        List<ImportModel.Row> toDefer = new ArrayList<>();
        lookups.tx(em -> {
            updated[0] = 0;
            toDefer.clear();
            audit.discard();
            Map<String, HouseholdEntity> households = households(em, chunk);
            Map<String, PersonEntity> persons = persons(em, chunk);
            // only a child stored before this chunk can have a guardianship already
            Set<Long> storedChildren = storedChildren(chunk, persons);
            Map<ImportModel.Household, HouseholdEntity> written = writeHouseholds(em, chunk, households, dryRun, audit);
            if (!dryRun) {
                em.flush(); // household ids for the persons
            }
            for (ImportModel.Row r : chunk) {
                HouseholdEntity h = r.household == null ? null : written.get(r.household);
                if (r.newGuardian != null && !persons.containsKey(r.newGuardian.idNumber)) {
                    writePerson(em, r, r.newGuardian, h, persons, columns, dryRun, updated, true, audit);
                }
                if (r.person != null) {
                    writePerson(em, r, r.person, h, persons, columns, dryRun, updated, false, audit);
                }
            }
            GuardianshipWrites.write(em, chunk, persons, storedChildren, dryRun, last, toDefer, audit);
            if (!dryRun) {
                em.flush();
                audit.record();
            }
            hook.beforeCommit(chunkIndex);
            return null;
        });
        deferred.addAll(toDefer);
        // a deferred row is counted once, in the chunk that finally writes its guardianship
        int imported = 0;
        int unchanged = 0;
        for (ImportModel.Row r : chunk) {
            if (toDefer.contains(r)) {
                continue;
            }
            if (r.changed) {
                imported++;
            } else {
                unchanged++;
            }
        }
        result.imported += imported;
        result.updated += updated[0];
        result.unchanged += unchanged;
        progress.chunkDone(imported + unchanged, imported, unchanged);
    }

    private static Map<String, HouseholdEntity> households(EntityManager em, List<ImportModel.Row> chunk) {
        Set<String> keys = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (ImportModel.Row r : chunk) {
            if (r.household != null && r.household.idRef != null) {
                ids.add(r.household.idRef);
            } else if (r.household != null && r.household.key != null) {
                keys.add(r.household.key);
            }
        }
        Map<String, HouseholdEntity> households = new HashMap<>();
        if (!keys.isEmpty()) {
            for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.householdKey IN :k",
                    HouseholdEntity.class).setParameter("k", ImportLookups.padded(keys))
                    .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                    .getResultList()) {
                households.put(e.getHouseholdKey(), e);
            }
        }
        if (!ids.isEmpty()) {
            for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.id IN :k", HouseholdEntity.class)
                    .setParameter("k", ImportLookups.padded(ids)).getResultList()) {
                households.put("#" + e.getId(), e);
            }
        }
        return households;
    }

    private static Map<String, PersonEntity> persons(EntityManager em, List<ImportModel.Row> chunk) {
        Set<String> idNumbers = new HashSet<>();
        for (ImportModel.Row r : chunk) {
            if (r.person != null) {
                idNumbers.add(r.person.idNumber);
            }
            if (r.newGuardian != null) {
                idNumbers.add(r.newGuardian.idNumber);
            }
            if (r.guardian != null) {
                idNumbers.add(r.guardian.childIdNumber);
                idNumbers.add(r.guardian.guardianIdNumber);
            }
        }
        Map<String, PersonEntity> persons = new HashMap<>();
        if (!idNumbers.isEmpty()) {
            for (PersonEntity e : em.createQuery("SELECT p FROM Person p WHERE p.idNumber IN :n", PersonEntity.class)
                    .setParameter("n", ImportLookups.padded(idNumbers)).getResultList()) {
                persons.put(e.getIdNumber(), e);
            }
        }
        return persons;
    }

    /** The ids of the chunk's children with a guardian row that the registry holds already. */
    private static Set<Long> storedChildren(List<ImportModel.Row> chunk, Map<String, PersonEntity> stored) {
        Set<Long> ids = new HashSet<>();
        for (ImportModel.Row r : chunk) {
            PersonEntity child = r.guardian == null ? null : stored.get(r.guardian.childIdNumber);
            if (child != null) {
                ids.add(child.getId());
            }
        }
        return ids;
    }

    /** The chunk's households, with their migrant members; a changed household marks the rows that carry it. */
    private static Map<ImportModel.Household, HouseholdEntity> writeHouseholds(EntityManager em,
            Collection<ImportModel.Row> chunk, Map<String, HouseholdEntity> stored, boolean dryRun, ImportAudit audit) {
        Map<ImportModel.Household, HouseholdEntity> written = new LinkedHashMap<>();
        for (ImportModel.Row r : chunk) {
            ImportModel.Household h = r.household;
            if (h == null || written.containsKey(h)) {
                continue;
            }
            HouseholdEntity e = h.idRef != null ? stored.get("#" + h.idRef) : h.key == null ? null : stored.get(h.key);
            boolean changed;
            HouseholdDTO d = RecordComparison.copy(h.dto);
            if (e == null) {
                e = new HouseholdEntity();
                d.migrantMembers = h.migrants == null ? new ArrayList<>() : HouseholdChecks.goodMigrants(h);
                if (!dryRun) {
                    HouseholdMapper.apply(d, e);
                    em.persist(e);
                    audit.write("household", e, null, HouseholdMapper::toDto, HouseholdEntity::getId);
                }
                changed = true;
            } else {
                HouseholdDTO before = HouseholdMapper.toDto(e);
                d.migrantMembers = h.migrants == null ? before.migrantMembers : HouseholdChecks.goodMigrants(h);
                changed = !RecordComparison.sameHousehold(before, d);
                if (changed && !dryRun) {
                    audit.write("household", e, before, HouseholdMapper::toDto, HouseholdEntity::getId);
                    if (RecordComparison.sameMigrants(before.migrantMembers, d.migrantMembers)) {
                        RecordComparison.applyFieldsOnly(d, e);
                    } else {
                        HouseholdMapper.apply(d, e);
                    }
                }
            }
            written.put(h, e);
            if (changed) {
                // the household's own rows carry the change; else its first row
                List<ImportModel.Row> own = h.rows.stream().filter(x -> x.ok() && x.person == null).toList();
                (own.isEmpty() ? h.rows.stream().filter(ImportModel.Row::ok).limit(1).toList() : own)
                        .forEach(x -> x.changed = true);
            }
        }
        return written;
    }

    private static void writePerson(EntityManager em, ImportModel.Row r, PersonDTO person, HouseholdEntity h,
                                    Map<String, PersonEntity> persons, Set<RosterColumn> columns, boolean dryRun,
                                    int[] updated, boolean guardian, ImportAudit audit) {
        PersonEntity e = persons.get(person.idNumber);
        PersonDTO d = RecordComparison.copy(person);
        d.householdId = h == null ? null : h.getId();
        if (e == null) {
            if (!dryRun) {
                e = new PersonEntity();
                PersonMapper.apply(d, e);
                em.persist(e);
                persons.put(d.idNumber, e);
                audit.write("person", e, null, PersonMapper::toDto, PersonEntity::getId);
            }
            r.changed = true;
            return;
        }
        if (guardian) {
            return; // registered meanwhile (an earlier chunk, another row)
        }
        PersonDTO stored = PersonMapper.toDto(e);
        RecordComparison.merge(stored, d, r.src, columns);
        if (dryRun && h != null && h.getId() == null) {
            d.householdId = stored.householdId == null ? -1L : stored.householdId + 1; // a new household
        }
        if (!RecordComparison.samePerson(stored, d)) {
            if (!dryRun) {
                audit.write("person", e, stored, PersonMapper::toDto, PersonEntity::getId);
                PersonMapper.apply(d, e);
            }
            r.changed = true;
            updated[0]++;
        }
    }
}
