package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordQuery;
import org.guanai.registry.api.ServiceRecordService;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.jpa.ServiceRecordEntity;
import org.guanai.registry.internal.jpa.ServiceSiteEntity;
import org.guanai.registry.internal.jpa.ServiceTeamEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ServiceRecordService.class)
public class ServiceRecordServiceImpl extends RecordServiceSupport<ServiceRecordEntity, ServiceRecordDTO>
        implements ServiceRecordService {

    static final int SUMMARY_MAX = 200;
    static final String WITH_PERSON =
            "e.id IN (SELECT r.id FROM ServiceRecord r JOIN r.personIds served WHERE served = ?)";

    /** A record is seen by whoever sees its site or one of the persons served. */
    static final Scoping<ServiceRecordEntity> SCOPING = new Scoping<>() {
        @Override
        public Filter restrict(Filter filter, Scope scope) {
            Scoping.Condition c = condition(scope);
            return c == null ? filter : c.addTo(filter);
        }

        @Override
        public boolean includes(EntityManager em, ServiceRecordEntity record, Scope scope) {
            return restrict(new Filter().and("e.id = ?", record.getId()), scope)
                    .select(em, ServiceRecordEntity.class, "e.id", Long.class).size() == 1;
        }
    };

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public ServiceRecordServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                    @Reference(name = "visibility") Visibility visibility,
                                    @Reference(name = "schema") RegistrySchema schema,
                                    @Reference(name = "audit") AuditService audit) {
        super(jpa, ServiceRecordEntity.class, "service record");
        scopedBy(visibility, SCOPING);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    /**
     * A record is seen by whoever sees its site or one of the persons served: the condition over
     * {@code e}, or null for a caller who sees the county.
     */
    static Scoping.Condition condition(Scope scope) {
        Scoping.Condition sites = Scoping.condition(scope, "s.townshipCode", "s.villageCode");
        Scoping.Condition persons = Scoping.condition(scope, "p.townshipCode", "p.villageCode");
        if (sites == null || persons == null) {
            return null;
        }
        List<Object> values = new ArrayList<>(sites.values);
        values.addAll(persons.values);
        return new Scoping.Condition("(e.siteId IN (SELECT s.id FROM ServiceSite s WHERE " + sites.jpql + ")"
                + " OR e.id IN (SELECT r.id FROM ServiceRecord r JOIN r.personIds served WHERE served IN"
                + " (SELECT p.id FROM Person p WHERE " + persons.jpql + ")))", values);
    }

    @Override
    protected ServiceRecordDTO toDto(EntityManager em, ServiceRecordEntity entity) {
        return ServiceRecordMapper.toDto(entity);
    }

    @Override
    public Page<ServiceRecordDTO> list(ServiceRecordQuery query, PageRequest page) {
        ServiceRecordQuery q = query == null ? new ServiceRecordQuery() : query;
        Filter filter = new Filter()
                .andIf(q.personId, WITH_PERSON)
                .eq("e.siteId", q.siteId)
                .eq("e.teamId", q.teamId)
                .eq("e.kind", q.kind)
                .andIf(q.from, "e.date >= ?")
                .andIf(q.to, "e.date <= ?");
        return listRecords(filter, page);
    }

    @Override
    public ServiceRecordDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public ServiceRecordDTO create(ServiceRecordDTO record) {
        return createRecord(em -> {
            ServiceRecordDTO valid = validate(em, record);
            ServiceRecordEntity entity = new ServiceRecordEntity();
            ServiceRecordMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public ServiceRecordDTO update(long id, long expectedVersion, ServiceRecordDTO record) {
        return updateRecord(id, expectedVersion,
                (em, entity) -> ServiceRecordMapper.apply(validate(em, record), entity));
    }

    private ServiceRecordDTO validate(EntityManager em, ServiceRecordDTO in) {
        Checks checks = new Checks();
        ServiceRecordDTO out = new ServiceRecordDTO();
        out.kind = body(in).kind;
        checks.require("kind", in.kind);
        out.date = in.date;
        checks.require("date", in.date);
        notInFuture(checks, "date", in.date, today());
        Scope scope = scope();
        out.siteId = in.siteId;
        ServiceSiteEntity site = reference(em, checks, "siteId", ServiceSiteEntity.class, "service site", in.siteId);
        checks.check(site == null || scope.includes(site.getTownshipCode(), site.getVillageCode()), "siteId",
                text("site.doesNotExist", in.siteId));
        out.teamId = in.teamId;
        ServiceTeamEntity team = reference(em, checks, "teamId", ServiceTeamEntity.class, "service team", in.teamId);
        checks.check(team == null || ServiceTeamServiceImpl.visible(scope, team.getTownshipCode()), "teamId",
                text("team.doesNotExist", in.teamId));
        out.personIds = new ArrayList<>(persons(em, in.personIds, checks, scope));
        checks.check(!out.personIds.isEmpty() || in.siteId != null, "personIds",
                text("record.personsRequired"));
        out.summary = clean(in.summary);
        checks.maxLength("summary", out.summary, SUMMARY_MAX);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    /** The distinct ids given, each checked to exist (one query); errors in the order of the list. */
    private static Set<Long> persons(EntityManager em, List<Long> ids, Checks checks, Scope scope) {
        Set<Long> distinct = new LinkedHashSet<>();
        if (ids == null) {
            return distinct;
        }
        ids.stream().filter(Objects::nonNull).forEach(distinct::add);
        Set<Long> known = new HashSet<>();
        if (!distinct.isEmpty()) {
            // outside the caller's divisions a person does not exist for them
            Filter filter = PersonServiceImpl.SCOPING.restrict(new Filter().and("e.id IN ?", distinct), scope);
            known.addAll(filter.select(em, PersonEntity.class, "e.id", Long.class));
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                checks.add("personIds[" + i + "]", text("required"));
            } else if (!known.contains(id)) {
                checks.add("personIds[" + i + "]", text("person.doesNotExist", id));
            }
        }
        return distinct;
    }
}
