package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.GUARDIAN_PHONE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.guanai.registry.api.Status;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.PersonEntity;

/** A chunk's guardianships: created, updated when the relation, capacity or phone changed, else left alone. */
final class GuardianshipWrites {

    private GuardianshipWrites() {
    }

    /**
     * @param storedChildren the ids of the chunk's children the registry held before the chunk: only theirs can
     *                       have a guardianship already (one indexed lookup by child id; none for new children)
     */
    static void write(EntityManager em, List<ImportModel.Row> chunk, Map<String, PersonEntity> persons,
                      Set<Long> storedChildren, boolean dryRun, boolean last, List<ImportModel.Row> toDefer,
                      ImportAudit audit) {
        Map<String, List<GuardianshipEntity>> active = new HashMap<>();
        if (!storedChildren.isEmpty()) {
            for (GuardianshipEntity g : em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id IN :c"
                    + " AND g.status = :active", GuardianshipEntity.class)
                    .setParameter("c", ImportLookups.padded(storedChildren)).setParameter("active", Status.ACTIVE)
                    .getResultList()) {
                active.computeIfAbsent(g.getChild().getIdNumber(), x -> new ArrayList<>()).add(g);
            }
        }
        for (ImportModel.Row r : chunk) {
            ImportModel.Guardian g = r.guardian;
            if (g == null) {
                continue;
            }
            PersonEntity child = persons.get(g.childIdNumber);
            PersonEntity guardian = persons.get(g.guardianIdNumber);
            if (guardian == null && !last && !dryRun) {
                toDefer.add(r); // the guardian comes in a later chunk
                continue;
            }
            if (dryRun && (child == null || guardian == null)) {
                r.changed = true; // one of them is new: so is the guardianship
                continue;
            }
            if (child == null || guardian == null) {
                throw new IllegalStateException("line " + r.src.line + ": the guardian is missing after all chunks");
            }
            GuardianshipEntity existing = active.getOrDefault(g.childIdNumber, List.of()).stream()
                    .filter(x -> x.getGuardian().getIdNumber().equals(g.guardianIdNumber)).findFirst().orElse(null);
            if (existing == null) {
                if (!dryRun) {
                    GuardianshipEntity e = new GuardianshipEntity();
                    e.setChild(child);
                    e.setGuardian(guardian);
                    e.setRelation(g.relation);
                    e.setCapacity(g.capacity);
                    e.setContactPhone(g.phone);
                    em.persist(e);
                    audit.write("guardianship", e, null, GuardianshipMapper::toDto, GuardianshipEntity::getId);
                }
                r.changed = true;
            } else {
                String phone = g.keepPhone || !r.src.sheetHas(GUARDIAN_PHONE) ? existing.getContactPhone() : g.phone;
                if (existing.getRelation() != g.relation || existing.getCapacity() != g.capacity
                        || !Objects.equals(existing.getContactPhone(), phone)) {
                    if (!dryRun) {
                        audit.write("guardianship", existing, GuardianshipMapper.toDto(existing), GuardianshipMapper::toDto,
                                GuardianshipEntity::getId);
                        existing.setRelation(g.relation);
                        existing.setCapacity(g.capacity);
                        existing.setContactPhone(phone);
                    }
                    r.changed = true;
                }
            }
        }
    }
}
