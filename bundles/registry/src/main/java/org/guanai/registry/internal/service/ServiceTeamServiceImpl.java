package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.registry.internal.service.FieldLimits.LONG_NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.ServiceTeamService;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.internal.jpa.ServiceSiteEntity;
import org.guanai.registry.internal.jpa.ServiceTeamEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ServiceTeamService.class)
public class ServiceTeamServiceImpl extends EndableServiceSupport<ServiceTeamEntity, ServiceTeamDTO>
        implements ServiceTeamService {

    /** A team is seen by whoever sees part of its township; a county-wide team (no township) by everyone. */
    static final Scoping<ServiceTeamEntity> SCOPING = Scoping.byTownship("e.townshipCode",
            ServiceTeamEntity::getTownshipCode);

    private final DivisionService divisions;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public ServiceTeamServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                  @Reference(name = "divisions") DivisionService divisions,
                                  @Reference(name = "visibility") Visibility visibility,
                                  @Reference(name = "schema") RegistrySchema schema,
                                  @Reference(name = "audit") AuditService audit) {
        super(jpa, ServiceTeamEntity.class, "service team");
        this.divisions = divisions;
        scopedBy(visibility, SCOPING);
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    /** A team works in a township: callers who see part of it see the team; county-wide teams (no township) all. */
    static boolean visible(Scope scope, String townshipCode) {
        return scope.isAll() || townshipCode == null || scope.touchedTownships().contains(townshipCode);
    }

    @Override
    protected ServiceTeamDTO toDto(EntityManager em, ServiceTeamEntity entity) {
        return ServiceTeamMapper.toDto(entity);
    }

    /** Filters on township, site, status and name; a team query's teamId and kind concern volunteers. */
    @Override
    public Page<ServiceTeamDTO> list(TeamQuery query, PageRequest page) {
        TeamQuery q = query == null ? new TeamQuery() : query;
        Filter filter = new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.siteId", q.siteId)
                .eq("e.status", q.status)
                .startsWith("e.name", q.namePrefix);
        return listRecords(filter, page);
    }

    @Override
    public ServiceTeamDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public ServiceTeamDTO create(ServiceTeamDTO team) {
        return createRecord(em -> {
            ServiceTeamDTO valid = validate(em, team);
            ServiceTeamEntity entity = new ServiceTeamEntity();
            ServiceTeamMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public ServiceTeamDTO update(long id, long expectedVersion, ServiceTeamDTO team) {
        return updateRecord(id, expectedVersion, (em, entity) -> ServiceTeamMapper.apply(validate(em, team), entity));
    }

    @Override
    public ServiceTeamDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    private ServiceTeamDTO validate(EntityManager em, ServiceTeamDTO in) {
        Checks checks = new Checks();
        ServiceTeamDTO out = new ServiceTeamDTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, LONG_NAME_MAX);
        out.siteId = in.siteId;
        ServiceSiteEntity site = reference(em, checks, "siteId", ServiceSiteEntity.class, "service site", in.siteId);
        out.townshipCode = clean(in.townshipCode);
        if (out.townshipCode != null) {
            DivisionChecks.township(divisions, checks, "townshipCode", out.townshipCode);
        }
        if (site != null) {
            checks.check(out.townshipCode == null || out.townshipCode.equals(site.getTownshipCode()), "townshipCode",
                    text("team.notSiteTownship", site.getId(), site.getTownshipCode()));
            out.townshipCode = site.getTownshipCode();
        }
        Scope scope = scope();
        checks.check(scope.isAll() || out.townshipCode != null && visible(scope, out.townshipCode), "townshipCode",
                text("team.outsideScope", out.townshipCode == null ? text("team.countyWide") : out.townshipCode));
        out.description = clean(in.description);
        checks.maxLength("description", out.description, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
