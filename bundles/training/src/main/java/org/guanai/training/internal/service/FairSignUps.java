package org.guanai.training.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.FairSignUpDTO;
import org.guanai.training.internal.jpa.FairProjectEntity;
import org.guanai.training.internal.jpa.FairSignUpEntity;

/**
 * The sign-ups of fairs, as records of their own: placed where the person lives (copied when she signed up), so a
 * caller sees those of their divisions' persons, as enrolments; each one an audited write.
 */
final class FairSignUps extends RecordServiceSupport<FairSignUpEntity, FairSignUpDTO> {

    static final Scoping<FairSignUpEntity> SCOPING = Scoping.byDivision("e.townshipCode",
            FairSignUpEntity::getTownshipCode, "e.villageCode", FairSignUpEntity::getVillageCode);

    private final PersonDirectory persons;

    FairSignUps(JpaTemplate jpa, PersonDirectory persons, Visibility visibility, AuditService audit) {
        super(jpa, FairSignUpEntity.class, "fair sign-up");
        this.persons = persons;
        scopedBy(visibility, SCOPING);
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected FairSignUpDTO toDto(EntityManager em, FairSignUpEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected List<FairSignUpDTO> toDtos(EntityManager em, List<FairSignUpEntity> entities) {
        Map<Long, String> projects = new HashMap<>();
        if (!entities.isEmpty()) {
            Set<Long> ids = new TreeSet<>();
            entities.forEach(e -> ids.add(e.getProjectId()));
            em.createQuery("SELECT p FROM FairProject p WHERE p.id IN :ids", FairProjectEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> projects.put(p.getId(), p.getName()));
        }
        List<FairSignUpDTO> dtos = new ArrayList<>();
        for (FairSignUpEntity e : entities) {
            FairSignUpDTO d = new FairSignUpDTO();
            d.id = e.getId();
            d.version = e.getVersion();
            d.fairId = e.getFairId();
            d.projectId = e.getProjectId();
            d.projectName = projects.get(e.getProjectId());
            d.personId = e.getPersonId();
            d.townshipCode = e.getTownshipCode();
            d.villageCode = e.getVillageCode();
            d.signedUpOn = e.getSignedUpOn();
            d.notes = e.getNotes();
            dtos.add(d);
        }
        return dtos;
    }

    /**
     * Writes the sign-up if its project is still one of its fair's, checked in the writing transaction: a fair edited
     * at the same moment may have left the project out (its sign-ups keep a project in, so once this one is written
     * the edit cannot drop it).
     */
    FairSignUpDTO create(FairSignUpEntity signUp) {
        return named(createRecord(em -> {
            if (!projectOnFair(em, signUp.getFairId(), signUp.getProjectId())) {
                throw projectLeft(signUp.getFairId(), signUp.getProjectId());
            }
            return signUp;
        }));
    }

    /** Whether {@code projectId} is (still) one of fair {@code fairId}'s projects, in a transaction of its own. */
    boolean projectOnFair(long fairId, long projectId) {
        return tx(em -> projectOnFair(em, fairId, projectId));
    }

    private static boolean projectOnFair(EntityManager em, long fairId, long projectId) {
        FairProjectEntity project = em.find(FairProjectEntity.class, projectId);
        return project != null && project.getFairId() != null && project.getFairId() == fairId;
    }

    static ConflictException projectLeft(long fairId, long projectId) {
        return new ConflictException("projectId", Text.text("fair.notFairsProject", projectId, fairId));
    }

    FairSignUpDTO get(long id) {
        return named(getRecord(id));
    }

    Page<FairSignUpDTO> list(Long fairId, Long personId, PageRequest page) {
        Page<FairSignUpDTO> found = listRecords(new Filter().eq("e.fairId", fairId).eq("e.personId", personId), page);
        named(found.items);
        return found;
    }

    private FairSignUpDTO named(FairSignUpDTO signUp) {
        named(List.of(signUp));
        return signUp;
    }

    /** Names from the registry's directory, outside our transactions (only of persons the caller sees). */
    private void named(List<FairSignUpDTO> signUps) {
        Set<Long> ids = new TreeSet<>();
        signUps.forEach(s -> ids.add(s.personId));
        Map<Long, PersonDTO> found = ids.isEmpty() ? Map.of() : persons.find(ids);
        signUps.forEach(s -> s.personName = found.containsKey(s.personId) ? found.get(s.personId).name : null);
    }
}
