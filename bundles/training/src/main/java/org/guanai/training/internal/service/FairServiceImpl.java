package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Text.NAME_MAX;
import static org.guanai.training.internal.service.Text.NOTES_MAX;
import static org.guanai.training.internal.service.Text.TITLE_MAX;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairQuery;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;
import org.guanai.training.internal.jpa.FairEntity;
import org.guanai.training.internal.jpa.FairProjectEntity;
import org.guanai.training.internal.jpa.FairSignUpEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Entrepreneurship project fairs (创业项目推介会). A fair belongs to the township where it is held, seen by whoever
 * sees part of it (their women may go there), as classes are; its projects are part of it, versioned with it.
 */
@Component(service = FairService.class)
public class FairServiceImpl extends RecordServiceSupport<FairEntity, FairDTO> implements FairService {

    static final Scoping<FairEntity> SCOPING = Scoping.byTownship("e.townshipCode", FairEntity::getTownshipCode);

    private final Places places;
    private final PersonDirectory persons;
    private final FairSignUps signUps;

    @Activate
    public FairServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                           @Reference(name = "divisions") DivisionService divisions,
                           @Reference(name = "sites") ServiceSiteService sites,
                           @Reference(name = "persons") PersonDirectory persons,
                           @Reference(name = "visibility") Visibility visibility,
                           @Reference(name = "schema") TrainingSchema schema,
                           @Reference(name = "audit") AuditService audit) {
        this(jpa, divisions, sites, persons, visibility, audit);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    FairServiceImpl(JpaTemplate jpa, DivisionService divisions, ServiceSiteService sites, PersonDirectory persons,
                    Visibility visibility, AuditService audit) {
        super(jpa, FairEntity.class, "fair");
        this.places = new Places(divisions, sites);
        this.persons = persons;
        this.signUps = new FairSignUps(jpa, persons, visibility, audit);
        scopedBy(visibility, SCOPING);
    }

    @Override
    public void setClock(java.time.Clock clock) {
        super.setClock(clock);
        signUps.setClock(clock);
    }

    @Override
    protected FairDTO toDto(EntityManager em, FairEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected List<FairDTO> toDtos(EntityManager em, List<FairEntity> entities) {
        Map<Long, List<FairProjectDTO>> projects = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        if (!entities.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            entities.forEach(e -> ids.add(e.getId()));
            em.createQuery("SELECT s.projectId, COUNT(s) FROM FairSignUp s WHERE s.fairId IN :ids GROUP BY s.projectId",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
            for (FairProjectEntity p : em.createQuery("SELECT p FROM FairProject p WHERE p.fairId IN :ids ORDER BY p.id",
                    FairProjectEntity.class).setParameter("ids", ids).getResultList()) {
                FairProjectDTO d = new FairProjectDTO();
                d.id = p.getId();
                d.name = p.getName();
                d.presenter = p.getPresenter();
                d.description = p.getDescription();
                d.signUps = counts.getOrDefault(p.getId(), 0L).intValue();
                projects.computeIfAbsent(p.getFairId(), k -> new ArrayList<>()).add(d);
            }
        }
        List<FairDTO> dtos = new ArrayList<>();
        for (FairEntity e : entities) {
            FairDTO d = new FairDTO();
            d.id = e.getId();
            d.version = e.getVersion();
            d.heldOn = e.getHeldOn();
            d.siteId = e.getSiteId();
            d.townshipCode = e.getTownshipCode();
            d.villageCode = e.getVillageCode();
            d.place = e.getPlace();
            d.organiser = e.getOrganiser();
            d.headCount = e.getHeadCount();
            d.projects = projects.getOrDefault(e.getId(), new ArrayList<>());
            d.signUps = d.projects.stream().mapToInt(p -> p.signUps).sum();
            d.notes = e.getNotes();
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<FairDTO> list(FairQuery query, PageRequest page) {
        FairQuery q = query == null ? new FairQuery() : query;
        Filter filter = new Filter().eq("e.townshipCode", places.townshipFilter(q.townshipCode));
        if (q.year != null) {
            filter.and("e.heldOn >= ?", LocalDate.of(q.year, 1, 1)).and("e.heldOn < ?", LocalDate.of(q.year + 1, 1, 1));
        }
        return listRecords(filter, page);
    }

    @Override
    public FairDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public FairDTO create(FairDTO fair) {
        FairDTO valid = validate(fair);
        for (int i = 0; i < valid.projects.size(); i++) {
            if (valid.projects.get(i).id != null) {
                throw org.guanai.registry.api.ValidationException.of("projects[" + i + "].id",
                        Text.text("fair.newProjectWithId"));
            }
        }
        return createRecord(em -> {
            FairEntity e = apply(valid, new FairEntity());
            em.persist(e);
            for (FairProjectDTO p : valid.projects) {
                em.persist(project(e.getId(), p, new FairProjectEntity()));
            }
            return e;
        });
    }

    @Override
    public FairDTO update(long id, long expectedVersion, FairDTO fair) {
        FairDTO valid = validate(fair);
        return updateRecord(id, expectedVersion, (em, e) -> {
            Map<Long, FairProjectEntity> stored = new HashMap<>();
            em.createQuery("SELECT p FROM FairProject p WHERE p.fairId = :f", FairProjectEntity.class)
                    .setParameter("f", id).getResultList().forEach(p -> stored.put(p.getId(), p));
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("SELECT s.projectId, COUNT(s) FROM FairSignUp s WHERE s.fairId = :f GROUP BY s.projectId",
                    Object[].class).setParameter("f", id).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
            Checks checks = new Checks();
            for (int i = 0; i < valid.projects.size(); i++) {
                Long projectId = valid.projects.get(i).id;
                checks.check(projectId == null || stored.containsKey(projectId), "projects[" + i + "].id",
                        Text.text("fair.notThisFairsProject", projectId));
            }
            Map<Long, FairProjectEntity> kept = new HashMap<>(stored);
            valid.projects.forEach(p -> kept.remove(p.id));
            kept.values().forEach(p -> checks.check(!counts.containsKey(p.getId()), "projects",
                    Text.text("fair.projectHasSignUps", p.getName(), counts.get(p.getId()))));
            if (valid.heldOn != null && !counts.isEmpty()) {
                LocalDate first = em.createQuery("SELECT MIN(s.signedUpOn) FROM FairSignUp s WHERE s.fairId = :f",
                        LocalDate.class).setParameter("f", id).getSingleResult();
                checks.check(!valid.heldOn.isAfter(first), "heldOn",
                        Text.text("fair.signUpRecorded", first));
            }
            checks.throwIfAny();
            kept.values().forEach(em::remove);
            apply(valid, e);
            for (FairProjectDTO p : valid.projects) {
                if (p.id == null) {
                    em.persist(project(id, p, new FairProjectEntity()));
                } else {
                    project(id, p, stored.get(p.id));
                }
            }
        });
    }

    private static FairEntity apply(FairDTO d, FairEntity e) {
        e.setHeldOn(d.heldOn);
        e.setSiteId(d.siteId);
        e.setTownshipCode(d.townshipCode);
        e.setVillageCode(d.villageCode);
        e.setPlace(d.place);
        e.setOrganiser(d.organiser);
        e.setHeadCount(d.headCount);
        e.setNotes(d.notes);
        return e;
    }

    private static FairProjectEntity project(long fairId, FairProjectDTO d, FairProjectEntity e) {
        e.setFairId(fairId);
        e.setName(d.name);
        e.setPresenter(d.presenter);
        e.setDescription(d.description);
        return e;
    }

    /** Everything of a fair that needs no transaction: its place (the registry's), day, head count, projects. */
    private FairDTO validate(FairDTO in) {
        Checks checks = new Checks();
        FairDTO out = new FairDTO();
        body(in);
        out.siteId = in.siteId;
        String[] place = places.placeWithin(checks, in.siteId, clean(in.villageCode), clean(in.townshipCode), scope());
        out.townshipCode = place[0];
        out.villageCode = place[1];
        out.place = clean(in.place);
        checks.maxLength("place", out.place, TITLE_MAX);
        out.organiser = clean(in.organiser);
        checks.require("organiser", out.organiser).maxLength("organiser", out.organiser, NAME_MAX);
        out.heldOn = in.heldOn;
        out.headCount = in.headCount;
        FairRules.checkHeld(checks, in.heldOn, in.headCount, today());
        out.projects = FairRules.projects(checks, in.projects);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    @Override
    public FairSignUpDTO signUp(long fairId, FairSignUpDTO signUp) {
        FairSignUpDTO in = body(signUp);
        FairDTO fair = get(fairId);
        Checks checks = new Checks();
        checks.require("projectId", in.projectId).require("personId", in.personId);
        checks.check(in.projectId == null || fair.projects.stream().anyMatch(p -> p.id.equals(in.projectId)), "projectId",
                Text.text("fair.notFairsProject", in.projectId, fairId));
        PersonDTO person = in.personId == null ? null : persons.find(in.personId).orElse(null);
        checks.check(in.personId == null || person != null, "personId", Text.text("person.unknown", in.personId));
        checks.check(person == null || person.status != Status.ENDED, "personId",
                Text.text("person.ended", in.personId, (person == null ? "" : person.endedOn)));
        if (person != null) {
            checkInScope(checks, "personId", person.townshipCode, person.villageCode);
        }
        LocalDate on = FairRules.signedUpOn(checks, in.signedUpOn, fair.heldOn, today());
        String notes = clean(in.notes);
        checks.maxLength("notes", notes, NOTES_MAX);
        checks.throwIfAny();
        if (signUps.list(fairId, in.personId, PageRequest.first(PageRequest.MAX_LIMIT)).items.stream()
                .anyMatch(s -> s.projectId.equals(in.projectId))) {
            throw duplicate(in.personId, in.projectId);
        }
        FairSignUpEntity e = new FairSignUpEntity();
        e.setFairId(fairId);
        e.setProjectId(in.projectId);
        e.setPersonId(in.personId);
        e.setTownshipCode(person.townshipCode);
        e.setVillageCode(person.villageCode);
        e.setSignedUpOn(on);
        e.setNotes(notes);
        try {
            return signUps.create(e);
        } catch (RuntimeException x) {
            if (Constraints.violated(x)) {
                // the project left the fair after the check (its foreign key had the last word), or two requests
                // signed her up at once (the unique constraint had it)
                if (!signUps.projectOnFair(fairId, in.projectId)) {
                    throw FairSignUps.projectLeft(fairId, in.projectId);
                }
                throw duplicate(in.personId, in.projectId);
            }
            throw x;
        }
    }

    private static ConflictException duplicate(long personId, long projectId) {
        return new ConflictException("personId", Text.text("fair.signedUpAlready", personId, projectId));
    }

    @Override
    public FairSignUpDTO getSignUp(long id) {
        return signUps.get(id);
    }

    @Override
    public Page<FairSignUpDTO> signUps(Long fairId, Long personId, PageRequest page) {
        if (fairId != null) {
            get(fairId); // a fair the caller does not see is not found
        }
        return signUps.list(fairId, personId, page);
    }
}
