package org.guanai.health.internal.service;

import static org.guanai.health.internal.HealthText.text;
import static org.guanai.health.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.health.internal.service.FieldLimits.NOTES_MAX;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.internal.jpa.CampaignEntity;
import org.guanai.health.internal.schema.HealthSchema;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CampaignService.class)
public class CampaignServiceImpl extends EndableServiceSupport<CampaignEntity, CampaignDTO> implements CampaignService {

    static final int FIRST_YEAR = 2000;
    /** Campaigns covering a township: county-wide ones (no townships listed) and those listing it. */
    static final String COVERS_TOWNSHIP = "(e.id NOT IN (SELECT c.id FROM Campaign c JOIN c.townshipCodes t)"
            + " OR e.id IN (SELECT c2.id FROM Campaign c2 JOIN c2.townshipCodes t2 WHERE t2 = ?))";

    private final RegistryLookups registry;

    @Activate
    public CampaignServiceImpl(@Reference(name = "jpa", target = HealthUnit.TARGET) JpaTemplate jpa,
                               @Reference(name = "divisions") DivisionService divisions,
                               @Reference(name = "sites") ServiceSiteService sites,
                               @Reference(name = "schema") HealthSchema schema,
                               @Reference(name = "audit") AuditService audit) {
        this(jpa, new RegistryLookups(null, null, divisions, sites));
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    CampaignServiceImpl(JpaTemplate jpa, RegistryLookups registry) {
        super(jpa, CampaignEntity.class, "campaign");
        this.registry = registry;
    }

    @Override
    protected CampaignDTO toDto(EntityManager em, CampaignEntity entity) {
        return CampaignMapper.toDto(entity);
    }

    @Override
    public Page<CampaignDTO> list(CampaignQuery query, PageRequest page) {
        CampaignQuery q = query == null ? new CampaignQuery() : query;
        return listRecords(new Filter()
                .eq("e.year", q.year)
                .eq("e.kind", q.kind)
                .eq("e.status", q.status)
                .andIf(q.townshipCode, COVERS_TOWNSHIP), page);
    }

    @Override
    public CampaignDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public CampaignDTO create(CampaignDTO campaign) {
        CampaignDTO valid = validate(campaign);
        return createRecord(em -> {
            CampaignEntity entity = new CampaignEntity();
            CampaignMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public CampaignDTO update(long id, long expectedVersion, CampaignDTO campaign) {
        CampaignDTO valid = validate(campaign);
        return updateRecord(id, expectedVersion, (em, entity) -> CampaignMapper.apply(valid, entity));
    }

    /**
     * Closes the campaign on the given day (today by default): not in the future, not before it started
     * (its start date, or the first day of its year when it has none: {@link CampaignEntity#startedOn}).
     */
    @Override
    public CampaignDTO end(long id, long expectedVersion, EndRequest request) {
        return endRecord(id, expectedVersion, request);
    }

    /** A campaign's start is always its own (its start date or its year), never the day it was registered. */
    @Override
    protected Message beginning() {
        return subject();
    }

    /** Checks everything, the registry's townships and sites included, before any transaction of ours. */
    private CampaignDTO validate(CampaignDTO in) {
        Checks checks = new Checks();
        CampaignDTO out = new CampaignDTO();
        out.kind = body(in).kind;
        checks.require("kind", in.kind);
        int lastYear = today().getYear() + 1;
        out.year = in.year;
        if (in.year == 0) {
            checks.add("year", Checks.text("required"));
        } else {
            checks.check(in.year >= FIRST_YEAR && in.year <= lastYear, "year",
                    text("yearBetween", FIRST_YEAR, lastYear));
        }
        out.startsOn = in.startsOn;
        out.endsOn = in.endsOn;
        inYear(checks, "startsOn", in.startsOn, in.year);
        inYear(checks, "endsOn", in.endsOn, in.year);
        checks.check(in.startsOn == null || in.endsOn == null || !in.endsOn.isBefore(in.startsOn), "endsOn",
                text("notBefore", "startsOn"));
        out.providerName = clean(in.providerName);
        checks.require("providerName", out.providerName).maxLength("providerName", out.providerName, NAME_MAX);
        out.providerKind = in.providerKind;
        out.townshipCodes = townships(in.townshipCodes, checks);
        out.siteIds = sites(in.siteIds, checks);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    private static void inYear(Checks checks, String field, LocalDate date, int year) {
        checks.check(date == null || date.getYear() == year, field, text("inCampaignYear", year));
    }

    /** Distinct, trimmed township codes, each one of the county's; errors in the order of the list. */
    private List<String> townships(List<String> codes, Checks checks) {
        Set<String> distinct = new LinkedHashSet<>();
        if (codes == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = clean(codes.get(i));
            String field = "townshipCodes[" + i + "]";
            if (code == null) {
                checks.add(field, Checks.text("required"));
            } else if (distinct.add(code)) {
                registry.checkTownship(checks, field, code);
            }
        }
        return new ArrayList<>(distinct);
    }

    private List<Long> sites(List<Long> ids, Checks checks) {
        Set<Long> distinct = new LinkedHashSet<>();
        if (ids == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "siteIds[" + i + "]";
            if (id == null) {
                checks.add(field, Checks.text("required"));
            } else if (distinct.add(id)) {
                checks.check(registry.siteExists(id), field, Checks.text("doesNotExist", Message.recordType("service site"), id));
            }
        }
        return new ArrayList<>(distinct);
    }
}
