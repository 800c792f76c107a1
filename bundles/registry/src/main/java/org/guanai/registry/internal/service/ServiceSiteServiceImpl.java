package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.FieldLimits.ADDRESS_MAX;
import static org.guanai.registry.internal.service.FieldLimits.LONG_NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.internal.jpa.ServiceSiteEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.validation.Phones;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ServiceSiteService.class)
public class ServiceSiteServiceImpl extends EndableServiceSupport<ServiceSiteEntity, ServiceSiteDTO>
        implements ServiceSiteService {

    private final DivisionService divisions;
    private final CallerView view;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public ServiceSiteServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                  @Reference(name = "divisions") DivisionService divisions,
                                  @Reference(name = "visibility") Visibility visibility,
                                  @Reference(name = "schema") RegistrySchema schema,
                                  @Reference(name = "audit") AuditService audit) {
        super(jpa, ServiceSiteEntity.class, "service site");
        this.divisions = divisions;
        this.view = new CallerView(visibility);
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", ServiceSiteEntity::getTownshipCode,
                "e.villageCode", ServiceSiteEntity::getVillageCode));
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    @Override
    protected ServiceSiteDTO toDto(EntityManager em, ServiceSiteEntity entity) {
        return view.present(ServiceSiteMapper.toDto(entity));
    }

    @Override
    protected ServiceSiteDTO auditView(EntityManager em, ServiceSiteEntity entity) {
        return ServiceSiteMapper.toDto(entity);
    }

    @Override
    public Page<ServiceSiteDTO> list(SiteQuery query, PageRequest page) {
        SiteQuery q = query == null ? new SiteQuery() : query;
        Filter filter = new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.villageCode", q.villageCode)
                .eq("e.kind", q.kind)
                .eq("e.status", q.status)
                .startsWith("e.name", q.namePrefix);
        return listRecords(filter, page);
    }

    @Override
    public ServiceSiteDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public ServiceSiteDTO create(ServiceSiteDTO site) {
        return createRecord(em -> {
            ServiceSiteDTO valid = validate(site);
            ServiceSiteEntity entity = new ServiceSiteEntity();
            ServiceSiteMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public ServiceSiteDTO update(long id, long expectedVersion, ServiceSiteDTO site) {
        return updateRecord(id, expectedVersion, (em, entity) -> {
            if (site != null) {
                site.contactPhone = CallerView.keep(site.contactPhone, entity.getContactPhone());
            }
            ServiceSiteMapper.apply(validate(site), entity);
        });
    }

    @Override
    public ServiceSiteDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    private ServiceSiteDTO validate(ServiceSiteDTO in) {
        Checks checks = new Checks();
        ServiceSiteDTO out = new ServiceSiteDTO();
        out.kind = body(in).kind;
        checks.require("kind", in.kind);
        out.name = clean(in.name);
        checks.require("name", out.name).maxLength("name", out.name, LONG_NAME_MAX);
        out.villageCode = clean(in.villageCode);
        checks.require("villageCode", out.villageCode);
        if (out.villageCode != null) {
            out.townshipCode = DivisionChecks.village(divisions, checks, "villageCode", out.villageCode);
            checkInScope(checks, "villageCode", out.townshipCode, out.villageCode);
        }
        out.address = clean(in.address);
        checks.maxLength("address", out.address, ADDRESS_MAX);
        out.openedOn = in.openedOn;
        notInFuture(checks, "openedOn", in.openedOn, today());
        out.remoteEducationStation = in.remoteEducationStation;
        out.parentsSchool = in.parentsSchool;
        out.contactName = clean(in.contactName);
        checks.maxLength("contactName", out.contactName, NAME_MAX);
        out.contactPhone = checks.attempt(() -> Phones.normalise(in.contactPhone, "contactPhone"));
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
