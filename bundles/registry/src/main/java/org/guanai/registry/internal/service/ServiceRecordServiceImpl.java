package org.guanai.registry.internal.service;

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
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordQuery;
import org.guanai.registry.api.ServiceRecordService;
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

    @Activate
    public ServiceRecordServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                    @Reference(name = "schema") RegistrySchema schema,
                                    @Reference(name = "audit") AuditService audit) {
        this(jpa);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    ServiceRecordServiceImpl(JpaTemplate jpa) {
        super(jpa, ServiceRecordEntity.class, "service record");
    }

    @Override
    protected ServiceRecordDTO toDto(EntityManager em, ServiceRecordEntity entity) {
        return ServiceRecordMapper.toDto(entity);
    }

    @Override
    public Page<ServiceRecordDTO> list(ServiceRecordQuery query, PageRequest page) {
        ServiceRecordQuery q = query == null ? new ServiceRecordQuery() : query;
        return listRecords(new Filter()
                .andIf(q.personId, WITH_PERSON)
                .eq("e.siteId", q.siteId)
                .eq("e.teamId", q.teamId)
                .eq("e.kind", q.kind)
                .andIf(q.from, "e.date >= ?")
                .andIf(q.to, "e.date <= ?"), page);
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
        out.siteId = in.siteId;
        reference(em, checks, "siteId", ServiceSiteEntity.class, "service site", in.siteId);
        out.teamId = in.teamId;
        reference(em, checks, "teamId", ServiceTeamEntity.class, "service team", in.teamId);
        out.personIds = new ArrayList<>(persons(em, in.personIds, checks));
        checks.check(!out.personIds.isEmpty() || in.siteId != null, "personIds",
                "at least one person is required unless a siteId is given");
        out.summary = clean(in.summary);
        checks.maxLength("summary", out.summary, SUMMARY_MAX);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    /** The distinct ids given, each checked to exist (one query); errors in the order of the list. */
    private static Set<Long> persons(EntityManager em, List<Long> ids, Checks checks) {
        Set<Long> distinct = new LinkedHashSet<>();
        if (ids == null) {
            return distinct;
        }
        ids.stream().filter(Objects::nonNull).forEach(distinct::add);
        Set<Long> known = distinct.isEmpty() ? Set.of() : new HashSet<>(em
                .createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids", Long.class)
                .setParameter("ids", distinct)
                .getResultList());
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                checks.add("personIds[" + i + "]", "is required");
            } else if (!known.contains(id)) {
                checks.add("personIds[" + i + "]", "person " + id + " does not exist");
            }
        }
        return distinct;
    }
}
