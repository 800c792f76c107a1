package org.guanai.mutualaid.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.internal.jpa.GroupEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Group records. The base class does the transactions, the version checks, the audit rows and the scope:
 * {@link #scopedBy} keeps every read and write to the caller's divisions. Validation collects every bad field.
 */
@Component(service = GroupService.class)
public class GroupServiceImpl extends RecordServiceSupport<GroupEntity, GroupDTO>
        implements GroupService {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private final DivisionService divisions;
    private final PersonDirectory persons;

    /** {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public GroupServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                                   @Reference(name = "divisions") DivisionService divisions,
                                   @Reference(name = "persons") PersonDirectory persons,
                                   @Reference(name = "visibility") Visibility visibility,
                                   @Reference(name = "schema") MutualAidSchema schema,
                                   @Reference(name = "audit") AuditService audit) {
        super(jpa, GroupEntity.class, "group");
        this.divisions = divisions;
        this.persons = persons;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", GroupEntity::getTownshipCode,
                "e.villageCode", GroupEntity::getVillageCode));
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    @Override
    protected GroupDTO toDto(EntityManager em, GroupEntity e) {
        GroupDTO d = new GroupDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.personId = e.getPersonId();
        d.heldOn = e.getHeldOn();
        d.notes = e.getNotes();
        return d;
    }

    @Override
    public Page<GroupDTO> list(GroupQuery query, PageRequest page) {
        GroupQuery q = query == null ? new GroupQuery() : query;
        return listRecords(new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.personId", q.personId)
                .startsWith("e.name", q.namePrefix), page);
    }

    @Override
    public GroupDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public GroupDTO create(GroupDTO record) {
        GroupDTO valid = validate(record);
        return createRecord(em -> apply(valid, new GroupEntity()));
    }

    @Override
    public GroupDTO update(long id, long expectedVersion, GroupDTO record) {
        GroupDTO valid = validate(record);
        return updateRecord(id, expectedVersion, (em, entity) -> apply(valid, entity));
    }

    private static GroupEntity apply(GroupDTO d, GroupEntity e) {
        e.setName(d.name);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setPersonId(d.personId);
        e.setHeldOn(d.heldOn);
        e.setNotes(d.notes);
        return e;
    }

    /** Everything, the registry's village and person included, before any transaction of ours. */
    private GroupDTO validate(GroupDTO in) {
        Checks checks = new Checks();
        GroupDTO out = new GroupDTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);
        out.villageCode = clean(in.villageCode);
        checks.require("villageCode", out.villageCode);
        if (out.villageCode != null) {
            DivisionDTO village = divisions.find(out.villageCode).orElse(null);
            boolean known = village != null && village.level == DivisionLevel.VILLAGE;
            checks.check(known, "villageCode", out.villageCode + " is not a village of this county");
            out.townshipCode = known ? village.parentCode : null;
            checkInScope(checks, "villageCode", out.townshipCode, out.villageCode);
        }
        out.personId = in.personId;
        checks.check(in.personId == null || persons.find(in.personId).isPresent(), "personId",
                "person " + in.personId + " does not exist");
        out.heldOn = in.heldOn;
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
