package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;
import org.guanai.registry.internal.jpa.ServiceTeamEntity;
import org.guanai.registry.internal.jpa.VolunteerEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.validation.Phones;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = VolunteerService.class)
public class VolunteerServiceImpl extends EndableServiceSupport<VolunteerEntity, VolunteerDTO>
        implements VolunteerService {

    @Activate
    public VolunteerServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                @Reference(name = "schema") RegistrySchema schema,
                                @Reference(name = "audit") AuditService audit) {
        this(jpa);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    VolunteerServiceImpl(JpaTemplate jpa) {
        super(jpa, VolunteerEntity.class, "volunteer");
    }

    @Override
    protected VolunteerDTO toDto(EntityManager em, VolunteerEntity entity) {
        return VolunteerMapper.toDto(entity);
    }

    /** Township and site filter through the volunteer's team. */
    @Override
    public Page<VolunteerDTO> list(TeamQuery query, PageRequest page) {
        TeamQuery q = query == null ? new TeamQuery() : query;
        return listRecords(new Filter()
                .andIf(q.townshipCode, "e.teamId IN (SELECT t.id FROM ServiceTeam t WHERE t.townshipCode = ?)")
                .andIf(q.siteId, "e.teamId IN (SELECT t.id FROM ServiceTeam t WHERE t.siteId = ?)")
                .eq("e.teamId", q.teamId)
                .eq("e.kind", q.kind)
                .eq("e.status", q.status)
                .startsWith("e.name", q.namePrefix), page);
    }

    @Override
    public VolunteerDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public VolunteerDTO create(VolunteerDTO volunteer) {
        return createRecord(em -> {
            VolunteerDTO valid = validate(em, volunteer);
            VolunteerEntity entity = new VolunteerEntity();
            VolunteerMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public VolunteerDTO update(long id, long expectedVersion, VolunteerDTO volunteer) {
        return updateRecord(id, expectedVersion,
                (em, entity) -> VolunteerMapper.apply(validate(em, volunteer), entity));
    }

    @Override
    public VolunteerDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    private VolunteerDTO validate(EntityManager em, VolunteerDTO in) {
        Checks checks = new Checks();
        VolunteerDTO out = new VolunteerDTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);
        out.kind = in.kind;
        checks.require("kind", in.kind);
        out.profession = clean(in.profession);
        checks.maxLength("profession", out.profession, NAME_MAX);
        out.phone = checks.attempt(() -> Phones.normalise(in.phone, "phone"));
        out.teamId = in.teamId;
        reference(em, checks, "teamId", ServiceTeamEntity.class, "service team", in.teamId);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
