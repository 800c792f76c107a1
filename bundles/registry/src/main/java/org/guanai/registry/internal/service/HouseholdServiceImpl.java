package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import static org.guanai.registry.internal.service.FieldLimits.ADDRESS_MAX;
import static org.guanai.registry.internal.service.FieldLimits.LONG_NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.registry.internal.service.FieldLimits.NOTES_MAX;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.internal.validation.Phones;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = HouseholdService.class)
public class HouseholdServiceImpl extends EndableServiceSupport<HouseholdEntity, HouseholdDTO>
        implements HouseholdService {

    static final int WORK_PLACE_MAX = 50;
    static final int HOUSEHOLD_KEY_MAX = 40;

    private final DivisionService divisions;
    private final CallerView view;

    /** {@code visibility} and {@code audit} may be null in tests: everything visible, nothing audited. */
    @Activate
    public HouseholdServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                                @Reference(name = "divisions") DivisionService divisions,
                                @Reference(name = "visibility") Visibility visibility,
                                @Reference(name = "schema") RegistrySchema schema,
                                @Reference(name = "audit") AuditService audit) {
        super(jpa, HouseholdEntity.class, "household");
        this.divisions = divisions;
        this.view = new CallerView(visibility);
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", HouseholdEntity::getTownshipCode,
                "e.villageCode", HouseholdEntity::getVillageCode));
        auditTo(audit, AuditPlacement.IN_WRITE_TRANSACTION);
    }

    @Override
    protected HouseholdDTO toDto(EntityManager em, HouseholdEntity entity) {
        return view.present(HouseholdMapper.toDto(entity));
    }

    @Override
    protected HouseholdDTO auditView(EntityManager em, HouseholdEntity entity) {
        return HouseholdMapper.toDto(entity);
    }

    @Override
    public Page<HouseholdDTO> list(HouseholdQuery query, PageRequest page) {
        HouseholdQuery q = query == null ? new HouseholdQuery() : query;
        Filter filter = new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.villageCode", q.villageCode)
                .eq("e.status", q.status)
                .eq("e.hardship", q.hardship)
                .startsWith("e.headName", q.namePrefix);
        return listRecords(filter, page);
    }

    @Override
    public HouseholdDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public HouseholdDTO create(HouseholdDTO household) {
        return createRecord(em -> {
            HouseholdDTO valid = validate(household);
            checkKeyFree(em, valid.householdKey, null);
            HouseholdEntity entity = new HouseholdEntity();
            HouseholdMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public HouseholdDTO update(long id, long expectedVersion, HouseholdDTO household) {
        return updateRecord(id, expectedVersion, (em, entity) -> {
            keepStoredPhones(household, entity);
            HouseholdDTO valid = validate(household);
            checkKeyFree(em, valid.householdKey, id);
            HouseholdMapper.apply(valid, entity);
        });
    }

    @Override
    public HouseholdDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    /** Masked phones sent back (as the caller was shown them) stand for the stored ones. */
    private static void keepStoredPhones(HouseholdDTO in, HouseholdEntity stored) {
        if (in == null) {
            return;
        }
        in.contactPhone = CallerView.keep(in.contactPhone, stored.getContactPhone());
        if (in.migrantMembers == null) {
            return;
        }
        for (MigrantMemberDTO m : in.migrantMembers) {
            if (m != null && m.id != null && Masking.isMasked(m.phone)) {
                stored.getMigrantMembers().stream().filter(s -> m.id.equals(s.getId())).findFirst()
                        .ifPresent(s -> m.phone = s.getPhone());
            }
        }
    }

    /** 户编号 are unique when present (a unique index backs this up against racing writers). */
    static void checkKeyFree(EntityManager em, String key, Long self) {
        if (key == null) {
            return;
        }
        List<Long> holders = em.createQuery("SELECT e.id FROM Household e WHERE e.householdKey = :k", Long.class)
                .setParameter("k", key)
                .getResultList();
        for (Long holder : holders) {
            if (!holder.equals(self)) {
                throw new ConflictException("householdKey", text("household.keyTaken", key, holder));
            }
        }
    }

    HouseholdDTO validate(HouseholdDTO in) {
        Checks checks = new Checks();
        HouseholdDTO out = new HouseholdDTO();
        out.householdKey = clean(body(in).householdKey);
        checks.maxLength("householdKey", out.householdKey, HOUSEHOLD_KEY_MAX);
        out.villageCode = clean(body(in).villageCode);
        checks.require("villageCode", out.villageCode);
        if (out.villageCode != null) {
            out.townshipCode = DivisionChecks.village(divisions, checks, "villageCode", out.villageCode);
            checkInScope(checks, "villageCode", out.townshipCode, out.villageCode);
        }
        out.address = clean(in.address);
        out.headName = clean(in.headName);
        checks.check(out.address != null || out.headName != null, "headName", text("household.headOrAddress"))
                .maxLength("address", out.address, ADDRESS_MAX)
                .maxLength("headName", out.headName, NAME_MAX);
        out.contactPhone = checks.attempt(() -> Phones.normalise(in.contactPhone, "contactPhone"));
        out.hardship = in.hardship;
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        if (in.migrantMembers != null) {
            for (int i = 0; i < in.migrantMembers.size(); i++) {
                out.migrantMembers.add(validate(in.migrantMembers.get(i), "migrantMembers[" + i + "].", checks));
            }
        }
        checks.throwIfAny();
        return out;
    }

    MigrantMemberDTO validate(MigrantMemberDTO in, String prefix, Checks checks) {
        MigrantMemberDTO out = new MigrantMemberDTO();
        if (in == null) {
            checks.add(prefix.substring(0, prefix.length() - 1), text("required"));
            return out;
        }
        out.name = clean(in.name);
        checks.require(prefix + "name", out.name).maxLength(prefix + "name", out.name, NAME_MAX);
        out.relation = in.relation;
        checks.require(prefix + "relation", in.relation);
        out.workProvince = clean(in.workProvince);
        out.workCity = clean(in.workCity);
        out.employer = clean(in.employer);
        checks.maxLength(prefix + "workProvince", out.workProvince, WORK_PLACE_MAX)
                .maxLength(prefix + "workCity", out.workCity, WORK_PLACE_MAX)
                .maxLength(prefix + "employer", out.employer, LONG_NAME_MAX);
        out.phone = checks.attempt(() -> Phones.normalise(in.phone, prefix + "phone"));
        out.awaySince = in.awaySince;
        notInFuture(checks, prefix + "awaySince", in.awaySince, today());
        out.homeFrequency = in.homeFrequency;
        return out;
    }
}
