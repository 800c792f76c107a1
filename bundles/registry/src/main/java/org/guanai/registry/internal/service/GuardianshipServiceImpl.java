package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import java.time.Period;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.validation.Phones;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = GuardianshipService.class)
public class GuardianshipServiceImpl extends EndableServiceSupport<GuardianshipEntity, GuardianshipDTO>
        implements GuardianshipService {

    static final int ADULT_AGE = 18;

    /** A guardianship belongs to its child's division. */
    static final Scoping<GuardianshipEntity> SCOPING = Scoping.byDivision(
            "e.child.townshipCode", g -> g.getChild().getTownshipCode(),
            "e.child.villageCode", g -> g.getChild().getVillageCode());

    private final CallerView view;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public GuardianshipServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                   @Reference(name = "visibility") Visibility visibility,
                                   @Reference(name = "schema") RegistrySchema schema,
                                   @Reference(name = "audit") AuditService audit) {
        super(jpa, GuardianshipEntity.class, "guardianship");
        this.view = new CallerView(visibility);
        scopedBy(visibility, SCOPING);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    @Override
    protected GuardianshipDTO toDto(EntityManager em, GuardianshipEntity entity) {
        return view.present(GuardianshipMapper.toDto(entity));
    }

    @Override
    protected GuardianshipDTO auditView(EntityManager em, GuardianshipEntity entity) {
        return GuardianshipMapper.toDto(entity);
    }

    private boolean visible(PersonEntity p) {
        return scope().includes(p.getTownshipCode(), p.getVillageCode());
    }

    @Override
    public Page<GuardianshipDTO> list(GuardianshipQuery query, PageRequest page) {
        GuardianshipQuery q = query == null ? new GuardianshipQuery() : query;
        Filter filter = new Filter()
                .eq("e.child.id", q.childId)
                .eq("e.guardian.id", q.guardianId)
                .eq("e.capacity", q.capacity)
                .eq("e.status", q.status)
                .eq("e.child.townshipCode", q.townshipCode);
        return listRecords(filter, page);
    }

    @Override
    public GuardianshipDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public GuardianshipDTO create(GuardianshipDTO guardianship) {
        return createRecord(em -> {
            GuardianshipEntity entity = new GuardianshipEntity();
            validateAndApply(em, guardianship, entity);
            return entity;
        });
    }

    @Override
    public GuardianshipDTO update(long id, long expectedVersion, GuardianshipDTO guardianship) {
        return updateRecord(id, expectedVersion, (em, entity) -> validateAndApply(em, guardianship, entity));
    }

    @Override
    public GuardianshipDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    @Override
    public Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page) {
        Filter filter = PersonServiceImpl.SCOPING.restrict(childrenWithoutCapableGuardian(townshipCode), scope());
        return tx(em -> {
            Page<PersonEntity> children = filter.page(em, PersonEntity.class, page);
            List<PersonDTO> items = view.presentPersons(PersonReader.toDtos(em, children.items, today()));
            return new Page<>(items, children.total, children.offset, children.limit);
        });
    }

    /** Active left-behind children (alias e) with no active guardian of good capacity. */
    static Filter childrenWithoutCapableGuardian(String townshipCode) {
        return new Filter()
                .and("e.status = ?", Status.ACTIVE)
                .and("e.child = ?", Boolean.TRUE)
                .eq("e.townshipCode", townshipCode)
                .and("NOT EXISTS (SELECT g.id FROM Guardianship g WHERE g.child = e AND g.status = ?"
                        + " AND g.capacity = ?)", Status.ACTIVE, GuardianCapacity.GOOD);
    }

    /** A person outside the caller's divisions is, for them, a person that does not exist. */
    private PersonEntity inScope(PersonEntity person, Checks checks, String field) {
        if (person == null || visible(person)) {
            return person;
        }
        checks.add(field, text("person.doesNotExist", person.getId()));
        return null;
    }

    private void validateAndApply(EntityManager em, GuardianshipDTO in, GuardianshipEntity entity) {
        if (in != null && entity.getId() != null) {
            in.contactPhone = CallerView.keep(in.contactPhone, entity.getContactPhone());
        }
        Checks checks = new Checks();
        GuardianshipDTO out = new GuardianshipDTO();
        checks.require("childId", body(in).childId).require("guardianId", in.guardianId)
                .require("relation", in.relation).require("capacity", in.capacity);
        PersonEntity child = inScope(reference(em, checks, "childId", PersonEntity.class, "person", in.childId),
                checks, "childId");
        PersonEntity guardian = inScope(reference(em, checks, "guardianId", PersonEntity.class, "person",
                in.guardianId), checks, "guardianId");
        if (child != null) {
            checks.check(child.getCategories().contains(CareCategory.LEFT_BEHIND_CHILD), "childId",
                    text("guardian.notChild", child.getId()));
        }
        if (guardian != null) {
            checks.check(child == null || !guardian.getId().equals(child.getId()), "guardianId",
                    text("guardian.self"));
            int age = Period.between(guardian.getBirthDate(), today()).getYears();
            checks.check(age >= ADULT_AGE, "guardianId", text("guardian.minor", guardian.getId(), age, ADULT_AGE));
        }
        out.relation = in.relation;
        out.capacity = in.capacity;
        out.contactPhone = checks.attempt(() -> Phones.normalise(in.contactPhone, "contactPhone"));
        out.since = in.since;
        notInFuture(checks, "since", in.since, today());
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        if (entity.getStatus() == Status.ACTIVE) {
            checkNoActiveDuplicate(em, child, guardian, entity.getId());
        }
        GuardianshipMapper.apply(out, child, guardian, entity);
    }

    private static void checkNoActiveDuplicate(EntityManager em, PersonEntity child, PersonEntity guardian, Long self) {
        List<Long> same = em.createQuery("SELECT g.id FROM Guardianship g WHERE g.child = :child"
                        + " AND g.guardian = :guardian AND g.status = :active", Long.class)
                .setParameter("child", child)
                .setParameter("guardian", guardian)
                .setParameter("active", Status.ACTIVE)
                .getResultList();
        for (Long other : same) {
            if (!other.equals(self)) {
                throw new ConflictException("guardianId", text("guardian.duplicate", guardian.getId(), child.getId(),
                        other));
            }
        }
    }
}
