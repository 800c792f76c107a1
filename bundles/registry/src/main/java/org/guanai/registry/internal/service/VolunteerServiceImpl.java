package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.registry.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
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

    /** A volunteer is seen with their team (one without a team by everyone). */
    static final Scoping<VolunteerEntity> SCOPING = new Scoping<>() {
        @Override
        public Filter restrict(Filter filter, Scope scope) {
            Scoping.Condition teams = Scoping.townshipCondition(scope, "st.townshipCode");
            return teams == null ? filter : filter.and("(e.teamId IS NULL OR e.teamId IN (SELECT st.id FROM"
                    + " ServiceTeam st WHERE " + teams.jpql + "))", teams.values.toArray());
        }

        @Override
        public boolean includes(EntityManager em, VolunteerEntity volunteer, Scope scope) {
            if (scope.isAll() || volunteer.getTeamId() == null) {
                return true;
            }
            ServiceTeamEntity team = em.find(ServiceTeamEntity.class, volunteer.getTeamId());
            return team != null && ServiceTeamServiceImpl.visible(scope, team.getTownshipCode());
        }
    };

    private final CallerView view;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public VolunteerServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                @Reference(name = "visibility") Visibility visibility,
                                @Reference(name = "schema") RegistrySchema schema,
                                @Reference(name = "audit") AuditService audit) {
        super(jpa, VolunteerEntity.class, "volunteer");
        this.view = new CallerView(visibility);
        scopedBy(visibility, SCOPING);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    @Override
    protected VolunteerDTO toDto(EntityManager em, VolunteerEntity entity) {
        return view.present(VolunteerMapper.toDto(entity));
    }

    @Override
    protected VolunteerDTO auditView(EntityManager em, VolunteerEntity entity) {
        return VolunteerMapper.toDto(entity);
    }

    /** Township and site filter through the volunteer's team. */
    @Override
    public Page<VolunteerDTO> list(TeamQuery query, PageRequest page) {
        TeamQuery q = query == null ? new TeamQuery() : query;
        Filter filter = new Filter()
                .andIf(q.townshipCode, "e.teamId IN (SELECT t.id FROM ServiceTeam t WHERE t.townshipCode = ?)")
                .andIf(q.siteId, "e.teamId IN (SELECT t.id FROM ServiceTeam t WHERE t.siteId = ?)")
                .eq("e.teamId", q.teamId)
                .eq("e.kind", q.kind)
                .eq("e.status", q.status)
                .startsWith("e.name", q.namePrefix);
        return listRecords(filter, page);
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
        return updateRecord(id, expectedVersion, (em, entity) -> {
            if (volunteer != null) {
                volunteer.phone = CallerView.keep(volunteer.phone, entity.getPhone());
            }
            VolunteerMapper.apply(validate(em, volunteer), entity);
        });
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
        ServiceTeamEntity team = reference(em, checks, "teamId", ServiceTeamEntity.class, "service team", in.teamId);
        checks.check(team == null || ServiceTeamServiceImpl.visible(scope(), team.getTownshipCode()), "teamId",
                text("team.doesNotExist", in.teamId));
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
