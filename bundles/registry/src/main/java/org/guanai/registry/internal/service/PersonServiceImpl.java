package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonService.class)
public class PersonServiceImpl extends EndableServiceSupport<PersonEntity, PersonDTO> implements PersonService {

    /** Where persons lie: their township and village. */
    static final Scoping<PersonEntity> SCOPING = Scoping.byDivision("e.townshipCode", PersonEntity::getTownshipCode,
            "e.villageCode", PersonEntity::getVillageCode);

    private final PersonRules rules;
    private final CallerView view;
    /** For {@code person.read} rows; null in tests that do not audit. */
    private final AuditService audit;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public PersonServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                             @Reference(name = "divisions") DivisionService divisions,
                             @Reference(name = "visibility") Visibility visibility,
                             @Reference(name = "schema") RegistrySchema schema,
                             @Reference(name = "audit") AuditService audit) {
        super(jpa, PersonEntity.class, "person");
        this.rules = new PersonRules(divisions);
        this.view = new CallerView(visibility);
        this.audit = audit;
        scopedBy(visibility, SCOPING);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    @Override
    protected PersonDTO toDto(EntityManager em, PersonEntity entity) {
        return view.present(PersonReader.toDto(em, entity, today()));
    }

    @Override
    protected PersonDTO auditView(EntityManager em, PersonEntity entity) {
        return PersonReader.toDto(em, entity, today());
    }

    @Override
    protected List<PersonDTO> toDtos(EntityManager em, List<PersonEntity> entities) {
        return view.presentPersons(PersonReader.toDtos(em, entities, today()));
    }

    @Override
    public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
        return listRecords(filter(query), page);
    }

    /** The conditions of {@code query} (null: none), before the caller's scope is added. */
    static Filter filter(PersonQuery query) {
        PersonQuery q = query == null ? new PersonQuery() : query;
        Filter filter = new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.villageCode", q.villageCode)
                .eq("e.status", q.status)
                .eq("e.schoolStage", q.schoolStage)
                .eq("e.householdId", q.householdId)
                .eq("e.gender", q.gender)
                .startsWith("e.name", q.namePrefix);
        if (q.category != null) {
            filter.and(categoryPath(q.category) + " = ?", Boolean.TRUE);
        }
        return filter;
    }

    static String categoryPath(CareCategory category) {
        return switch (category) {
            case LEFT_BEHIND_WOMAN -> "e.woman";
            case LEFT_BEHIND_CHILD -> "e.child";
            case LEFT_BEHIND_ELDERLY -> "e.elderly";
        };
    }

    @Override
    public PersonDTO get(long id) {
        PersonDTO person = getRecord(id);
        PersonReads.record(audit, person.id, "record");
        return person;
    }

    @Override
    public Optional<PersonDTO> findByIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        String normalised = idNumber.trim().toUpperCase();
        Scope scope = scope();
        Optional<PersonDTO> found = tx(em -> holderOf(em, normalised)
                .filter(p -> scope.includes(p.getTownshipCode(), p.getVillageCode()))
                .map(p -> toDto(em, p)));
        found.ifPresent(p -> PersonReads.record(audit, p.id, "found by ID number"));
        return found;
    }

    private static Optional<PersonEntity> holderOf(EntityManager em, String idNumber) {
        return em.createQuery("SELECT e FROM Person e WHERE e.idNumber = :n", PersonEntity.class)
                .setParameter("n", idNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public PersonDTO create(PersonDTO person) {
        return uniqueIdNumber(person, null, () -> createRecord(em -> {
            PersonDTO valid = rules.validate(em, person, today());
            checkInScope(valid);
            checkIdNumberFree(em, valid.idNumber, null);
            PersonEntity entity = new PersonEntity();
            PersonMapper.apply(valid, entity);
            return entity;
        }));
    }

    @Override
    public PersonDTO update(long id, long expectedVersion, PersonDTO person) {
        return uniqueIdNumber(person, id, () -> updateRecord(id, expectedVersion, (em, entity) -> {
            if (person != null) {
                // the masked values the caller was shown stand for the stored ones
                person.idNumber = CallerView.keep(person.idNumber, entity.getIdNumber());
                person.phone = CallerView.keep(person.phone, entity.getPhone());
            }
            PersonDTO valid = rules.validate(em, person, today());
            checkInScope(valid);
            checkIdNumberFree(em, valid.idNumber, id);
            PersonMapper.apply(valid, entity);
        }));
    }

    @Override
    public PersonDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    @Override
    protected void checkEnd(PersonEntity entity, EndRequest end, Checks checks) {
        checks.require("reason", end.reason);
    }

    @Override
    protected void afterEnd(PersonEntity entity, EndRequest end) {
        entity.setEndReason(end.reason);
    }

    private static void checkIdNumberFree(EntityManager em, String idNumber, Long self) {
        List<Long> holders = em.createQuery("SELECT e.id FROM Person e WHERE e.idNumber = :n", Long.class)
                .setParameter("n", idNumber)
                .getResultList();
        for (Long holder : holders) {
            if (!holder.equals(self)) {
                throw duplicate(idNumber, holder);
            }
        }
    }

    /** Moving or registering someone into a division outside the caller's is refused like a bad village. */
    private void checkInScope(PersonDTO valid) {
        if (!scope().includes(valid.townshipCode, valid.villageCode)) {
            throw ValidationException.of("villageCode", text("person.outsideScope", valid.villageCode));
        }
    }

    private static ConflictException duplicate(String idNumber, Long holder) {
        String masked = Masking.idNumber(idNumber);
        return new ConflictException("idNumber", text("person.duplicate", masked, holder));
    }

    /** Two writers racing with the same number both pass the check; the unique index stops the second. */
    private PersonDTO uniqueIdNumber(PersonDTO person, Long self, Supplier<PersonDTO> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            String normalised = person.idNumber == null ? null : person.idNumber.trim().toUpperCase();
            Optional<PersonEntity> holder = normalised == null ? Optional.empty()
                    : tx(em -> holderOf(em, normalised)).filter(h -> !h.getId().equals(self));
            if (holder.isPresent()) {
                throw duplicate(holder.get().getIdNumber(), holder.get().getId());
            }
            throw e;
        }
    }
}
