package ${package}.internal.service;

import javax.persistence.EntityManager;

import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import ${package}.internal.${moduleClass}Text;
import ${package}.internal.jpa.${aggregate}Entity;
import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * ${aggregate} records. The base class does the transactions, the version checks, the audit rows and the scope:
 * {@link #scopedBy} keeps every read and write to the caller's divisions. Validation collects every bad field.
 */
@Component(service = ${aggregate}Service.class)
public class ${aggregate}ServiceImpl extends RecordServiceSupport<${aggregate}Entity, ${aggregate}DTO>
        implements ${aggregate}Service {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private final DivisionService divisions;
    private final PersonDirectory persons;

    /** {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public ${aggregate}ServiceImpl(@Reference(name = "jpa", target = ${moduleClass}Schema.UNIT) JpaTemplate jpa,
                                   @Reference(name = "divisions") DivisionService divisions,
                                   @Reference(name = "persons") PersonDirectory persons,
                                   @Reference(name = "visibility") Visibility visibility,
                                   @Reference(name = "schema") ${moduleClass}Schema schema,
                                   @Reference(name = "audit") AuditService audit) {
        super(jpa, ${aggregate}Entity.class, "${aggregate.toLowerCase()}");
        this.divisions = divisions;
        this.persons = persons;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", ${aggregate}Entity::getTownshipCode,
                "e.villageCode", ${aggregate}Entity::getVillageCode));
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    @Override
    protected ${aggregate}DTO toDto(EntityManager em, ${aggregate}Entity e) {
        ${aggregate}DTO d = new ${aggregate}DTO();
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
    public Page<${aggregate}DTO> list(${aggregate}Query query, PageRequest page) {
        ${aggregate}Query q = query == null ? new ${aggregate}Query() : query;
        return listRecords(new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.personId", q.personId)
                .startsWith("e.name", q.namePrefix), page);
    }

    @Override
    public ${aggregate}DTO get(long id) {
        return getRecord(id);
    }

    @Override
    public ${aggregate}DTO create(${aggregate}DTO record) {
        ${aggregate}DTO valid = validate(record);
        return createRecord(em -> apply(valid, new ${aggregate}Entity()));
    }

    @Override
    public ${aggregate}DTO update(long id, long expectedVersion, ${aggregate}DTO record) {
        ${aggregate}DTO valid = validate(record);
        return updateRecord(id, expectedVersion, (em, entity) -> apply(valid, entity));
    }

    private static ${aggregate}Entity apply(${aggregate}DTO d, ${aggregate}Entity e) {
        e.setName(d.name);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setPersonId(d.personId);
        e.setHeldOn(d.heldOn);
        e.setNotes(d.notes);
        return e;
    }

    /** Everything, the registry's village and person included, before any transaction of ours. */
    private ${aggregate}DTO validate(${aggregate}DTO in) {
        Checks checks = new Checks();
        ${aggregate}DTO out = new ${aggregate}DTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);
        out.villageCode = clean(in.villageCode);
        checks.require("villageCode", out.villageCode);
        if (out.villageCode != null) {
            DivisionDTO village = divisions.find(out.villageCode).orElse(null);
            boolean known = village != null && village.level == DivisionLevel.VILLAGE;
            checks.check(known, "villageCode", ${moduleClass}Text.text("notAVillage", out.villageCode));
            out.townshipCode = known ? village.parentCode : null;
            checkInScope(checks, "villageCode", out.townshipCode, out.villageCode);
        }
        out.personId = in.personId;
        checks.check(in.personId == null || persons.find(in.personId).isPresent(), "personId",
                Checks.text("doesNotExist", Message.recordType("person"), in.personId));
        out.heldOn = in.heldOn;
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
