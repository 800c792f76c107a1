package org.guanai.health.internal.service;

import static org.guanai.health.internal.HealthText.text;
import static org.guanai.health.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.health.internal.service.FieldLimits.NOTES_MAX;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.internal.jpa.CampaignEntity;
import org.guanai.health.internal.jpa.CheckEntity;
import org.guanai.health.internal.schema.HealthSchema;
import org.guanai.health.internal.spi.HealthModule;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Check records. Outcomes leave and enter this service only for a caller who may read
 * {@link HealthModule#RESULTS} (the registry's {@link Visibility} decides, for REST and console alike); for
 * others a result filter is ignored, as filtering by result would itself reveal it. A check is seen by whoever
 * sees its woman.
 */
@Component(service = CheckService.class)
public class CheckServiceImpl extends RecordServiceSupport<CheckEntity, CheckRecordDTO> implements CheckService {

    static final int REFERRAL_MAX = 200;
    static final Message OUTCOME_WRITE_REFUSED = text("outcomeWriteRefused");

    private final RegistryLookups registry;
    private final Visibility visibility;

    @Activate
    public CheckServiceImpl(@Reference(name = "jpa", target = HealthUnit.TARGET) JpaTemplate jpa,
                            @Reference(name = "persons") PersonService persons,
                            @Reference(name = "directory") PersonDirectory directory,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") HealthSchema schema,
                            @Reference(name = "audit") AuditService audit) {
        this(jpa, new RegistryLookups(persons, directory, null, null), visibility);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    CheckServiceImpl(JpaTemplate jpa, RegistryLookups registry, Visibility visibility) {
        super(jpa, CheckEntity.class, "check");
        this.registry = registry;
        this.visibility = visibility;
    }

    private boolean readsResults() {
        return visibility.mayRead(HealthModule.RESULTS);
    }

    @Override
    protected CheckRecordDTO toDto(EntityManager em, CheckEntity entity) {
        return CheckMapper.toDto(entity);
    }

    @Override
    public Page<CheckRecordDTO> list(CheckQuery query, PageRequest page) {
        boolean withResults = readsResults();
        CheckQuery q = query == null ? new CheckQuery() : query;
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        Filter filter = new Filter()
                .eq("e.personId", q.personId)
                .eq("e.campaignId", q.campaignId);
        if (q.year != null) {
            if (q.year < 1 || q.year > 9999) {
                throw ValidationException.of("year", text("anyYear"));
            }
            filter.and("e.checkedOn >= ? AND e.checkedOn <= ?", LocalDate.of(q.year, 1, 1),
                    LocalDate.of(q.year, 12, 31));
        }
        if (withResults) {
            filter.eq("e.result", q.result);
        }
        Page<CheckRecordDTO> checks;
        Map<Long, PersonDTO> persons;
        if (q.townshipCode == null) {
            checks = listRecords(filter, p);
            Map<Long, PersonDTO> named = registry.persons(checks.items.stream().map(c -> c.personId).toList());
            persons = named;
            if (checks.items.stream().anyMatch(c -> !named.containsKey(c.personId))) {
                // The registry keeps every person it ever had, so a missing one is outside the caller's
                // divisions: page again among the persons the caller sees, so the total counts only those.
                Map<Long, PersonDTO> visible = new HashMap<>();
                for (PersonDTO person : registry.everyoneIn(null)) {
                    visible.put(person.id, person);
                }
                persons = visible;
                checks = tx(em -> pageAmong(em, filter, visible, p));
            }
        } else {
            // The township is the person's, at the time of reading: the registry says who lives there.
            Map<Long, PersonDTO> there = new HashMap<>();
            for (PersonDTO person : registry.everyoneIn(q.townshipCode)) {
                there.put(person.id, person);
            }
            persons = there;
            checks = tx(em -> pageAmong(em, filter, there, p));
        }
        for (CheckRecordDTO c : checks.items) {
            CheckMapper.withPerson(c, persons.get(c.personId));
            if (!withResults) {
                CheckOutcomes.hide(c);
            }
        }
        return checks;
    }

    /** The page of matching checks whose person is one of {@code persons}, ordered by id. */
    private Page<CheckRecordDTO> pageAmong(EntityManager em, Filter filter, Map<Long, PersonDTO> persons,
                                           PageRequest page) {
        List<Long> ids = new ArrayList<>();
        for (Object[] row : filter.select(em, CheckEntity.class, "e.id, e.personId", Object[].class)) {
            if (persons.containsKey(((Number) row[1]).longValue())) {
                ids.add(((Number) row[0]).longValue());
            }
        }
        ids.sort(null);
        List<CheckEntity> entities = new ArrayList<>();
        if (page.offset < ids.size()) {
            List<Long> slice = ids.subList(page.offset, Math.min(ids.size(), page.offset + page.limit));
            entities = em.createQuery("SELECT e FROM HealthCheck e WHERE e.id IN :ids ORDER BY e.id", CheckEntity.class)
                    .setParameter("ids", slice)
                    .getResultList();
        }
        return new Page<>(toDtos(em, entities), ids.size(), page.offset, page.limit);
    }

    @Override
    public CheckRecordDTO get(long id) {
        CheckRecordDTO check = getRecord(id);
        PersonDTO person = registry.person(check.personId)
                .orElseThrow(() -> new NotFoundException(recordType(), id)); // outside the caller's divisions
        CheckMapper.withPerson(check, person);
        return readsResults() ? check : CheckOutcomes.hide(check);
    }

    @Override
    public CheckRecordDTO record(CheckRecordDTO check) {
        CheckRecordDTO in = body(check);
        visibility.requireRead(HealthModule.RESULTS, OUTCOME_WRITE_REFUSED); // every check has a result
        PersonDTO person = person(in.personId);
        CheckRecordDTO created = createRecord(em -> {
            CheckRecordDTO valid = validate(em, in, person, null);
            CheckEntity entity = new CheckEntity();
            CheckMapper.apply(valid, entity);
            return entity;
        });
        return CheckMapper.withPerson(created, person);
    }

    @Override
    public CheckRecordDTO update(long id, long expectedVersion, CheckRecordDTO check) {
        CheckRecordDTO in = body(check);
        boolean withResults = readsResults();
        if (!withResults && CheckOutcomes.carried(in)) {
            visibility.requireRead(HealthModule.RESULTS, OUTCOME_WRITE_REFUSED);
        }
        PersonDTO person = person(in.personId);
        CheckRecordDTO updated = updateRecord(id, expectedVersion, (em, entity) -> {
            if (!withResults) {
                // a full replace by someone who never saw the outcome keeps it
                CheckOutcomes.copy(CheckMapper.toDto(entity), in);
            }
            CheckMapper.apply(validate(em, in, person, entity.getPersonId()), entity);
        });
        CheckMapper.withPerson(updated, person);
        return withResults ? updated : CheckOutcomes.hide(updated);
    }

    /** Read from the registry before our transaction opens. */
    private PersonDTO person(Long id) {
        return id == null ? null : registry.person(id).orElse(null);
    }

    /**
     * @param person       the registry's person named by {@code in.personId}, or null when there is none
     * @param storedPerson the person the check is stored for (update), or null (create): a check stays
     *                     correctable after its woman's registration ended, so the category rule applies
     *                     only when the person changes
     */
    private CheckRecordDTO validate(EntityManager em, CheckRecordDTO in, PersonDTO person, Long storedPerson) {
        Checks checks = new Checks();
        CheckRecordDTO out = new CheckRecordDTO();
        out.personId = in.personId;
        checks.require("personId", in.personId);
        if (in.personId != null) {
            if (person == null) {
                checks.add("personId", Checks.text("doesNotExist", Message.recordType("person"), in.personId));
            } else if (!in.allowOtherCategory && !in.personId.equals(storedPerson)
                    && !RegistryLookups.isActiveWoman(person)) {
                checks.add("personId", text("notAWoman", in.personId));
            }
        }
        out.campaignId = in.campaignId;
        CampaignEntity campaign = in.campaignId == null ? null : em.find(CampaignEntity.class, in.campaignId);
        checks.check(in.campaignId == null || campaign != null, "campaignId",
                Checks.text("doesNotExist", Message.recordType("campaign"), in.campaignId));
        out.checkedOn = in.checkedOn;
        checks.require("checkedOn", in.checkedOn);
        notInFuture(checks, "checkedOn", in.checkedOn, today());
        if (campaign != null && in.checkedOn != null) {
            checks.check(in.checkedOn.getYear() == campaign.getYear(), "checkedOn",
                    text("inYearOfCampaign", campaign.getYear(), campaign.getId()));
        }
        out.providerName = clean(in.providerName);
        if (out.providerName == null && campaign != null) {
            out.providerName = campaign.getProviderName();
        }
        if (in.campaignId == null) {
            checks.check(out.providerName != null, "providerName", text("providerRequired"));
        }
        checks.maxLength("providerName", out.providerName, NAME_MAX);

        out.result = in.result;
        checks.require("result", in.result);
        out.findings = clean(in.findings);
        checks.maxLength("findings", out.findings, NOTES_MAX);
        out.referralTarget = clean(in.referralTarget);
        checks.check(in.result != CheckResult.REFERRED || out.referralTarget != null, "referralTarget",
                text("referralRequired"));
        checks.maxLength("referralTarget", out.referralTarget, REFERRAL_MAX);
        out.followUpDue = in.followUpDue;
        checks.check(in.followUpDue == null || in.checkedOn == null || !in.followUpDue.isBefore(in.checkedOn),
                "followUpDue", text("notBefore", "checkedOn"));
        out.followedUpOn = in.followedUpOn;
        if (in.followedUpOn != null) {
            checks.check(in.followUpDue != null || in.result == CheckResult.REFERRED
                            || in.result == CheckResult.ABNORMAL, "followedUpOn",
                    text("followUpNeedsCause"));
            notInFuture(checks, "followedUpOn", in.followedUpOn, today());
            checks.check(in.checkedOn == null || !in.followedUpOn.isBefore(in.checkedOn), "followedUpOn",
                    text("notBefore", "checkedOn"));
        }
        out.followUpOutcome = clean(in.followUpOutcome);
        checks.maxLength("followUpOutcome", out.followUpOutcome, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
