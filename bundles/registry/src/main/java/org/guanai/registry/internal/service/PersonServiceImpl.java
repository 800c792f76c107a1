package org.guanai.registry.internal.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.validation.ResidentIdNumber;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonService.class)
public class PersonServiceImpl extends EndableServiceSupport<PersonEntity, PersonDTO> implements PersonService {

    private final PersonRules rules;
    /** For {@code person.read} rows; null in tests that do not audit. */
    private AuditService audit;

    @Activate
    public PersonServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                             @Reference(name = "divisions") DivisionService divisions,
                             @Reference(name = "schema") RegistrySchema schema,
                             @Reference(name = "audit") AuditService audit) {
        this(jpa, divisions);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
        this.audit = audit;
    }

    PersonServiceImpl(JpaTemplate jpa, DivisionService divisions) {
        super(jpa, PersonEntity.class, "person");
        this.rules = new PersonRules(divisions);
    }

    @Override
    protected PersonDTO toDto(EntityManager em, PersonEntity entity) {
        return PersonReader.toDto(em, entity, today());
    }

    @Override
    protected List<PersonDTO> toDtos(EntityManager em, List<PersonEntity> entities) {
        return PersonReader.toDtos(em, entities, today());
    }

    @Override
    public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
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
        return listRecords(filter, page);
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
        Optional<PersonDTO> found = lookUpIdNumber(idNumber);
        found.ifPresent(p -> PersonReads.record(audit, p.id, "found by ID number"));
        return found;
    }

    /** The holder of an ID number, without a {@code person.read} row: for the service's own checks. */
    private Optional<PersonDTO> lookUpIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.empty();
        }
        String normalised = idNumber.trim().toUpperCase();
        return tx(em -> em.createQuery("SELECT e FROM Person e WHERE e.idNumber = :n", PersonEntity.class)
                .setParameter("n", normalised)
                .getResultStream()
                .findFirst()
                .map(p -> toDto(em, p)));
    }

    @Override
    public PersonDTO create(PersonDTO person) {
        return uniqueIdNumber(person, null, () -> createRecord(em -> {
            PersonDTO valid = rules.validate(em, person, today());
            checkIdNumberFree(em, valid.idNumber, null);
            PersonEntity entity = new PersonEntity();
            PersonMapper.apply(valid, entity);
            return entity;
        }));
    }

    @Override
    public PersonDTO update(long id, long expectedVersion, PersonDTO person) {
        return uniqueIdNumber(person, id, () -> updateRecord(id, expectedVersion, (em, entity) -> {
            PersonDTO valid = rules.validate(em, person, today());
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

    private static ConflictException duplicate(String idNumber, Long holder) {
        String masked = ResidentIdNumber.parse(idNumber, "idNumber").masked();
        return new ConflictException("idNumber", masked + " is already registered (person " + holder + ")");
    }

    /** Two writers racing with the same number both pass the check; the unique index stops the second. */
    private PersonDTO uniqueIdNumber(PersonDTO person, Long self, Supplier<PersonDTO> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            Optional<PersonDTO> holder = lookUpIdNumber(person.idNumber).filter(h -> !h.id.equals(self));
            if (holder.isPresent()) {
                throw duplicate(holder.get().idNumber, holder.get().id);
            }
            throw e;
        }
    }
}
