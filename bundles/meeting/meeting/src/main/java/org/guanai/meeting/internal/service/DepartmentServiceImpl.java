package org.guanai.meeting.internal.service;

import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentService;
import org.guanai.meeting.internal.MeetingText;
import org.guanai.meeting.internal.jpa.DepartmentEntity;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The member departments: county records, the same for every reader, with the contact's phone masked for a caller
 * who may not see phones in full. Names are unique; a department leaves rather than being deleted.
 */
@Component(service = DepartmentService.class)
public class DepartmentServiceImpl extends EndableServiceSupport<DepartmentEntity, DepartmentDTO>
        implements DepartmentService {

    static final int NAME_MAX = 100;
    static final int CONTACT_MAX = 50;
    static final int NOTES_MAX = 2000;
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{5,18}[0-9]");

    private final Visibility visibility;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public DepartmentServiceImpl(@Reference(name = "jpa", target = MeetingSchema.UNIT) JpaTemplate jpa,
                                 @Reference(name = "visibility") Visibility visibility,
                                 @Reference(name = "schema") MeetingSchema schema,
                                 @Reference(name = "audit") AuditService audit) {
        super(jpa, DepartmentEntity.class, "department");
        this.visibility = visibility;
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected DepartmentDTO toDto(EntityManager em, DepartmentEntity e) {
        DepartmentDTO d = auditView(em, e);
        d.contactPhone = visibility == null ? d.contactPhone : visibility.phone(d.contactPhone);
        return d;
    }

    /** In full: the audit trail masks what it records. */
    @Override
    protected DepartmentDTO auditView(EntityManager em, DepartmentEntity e) {
        DepartmentDTO d = new DepartmentDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.contactName = e.getContactName();
        d.contactPhone = e.getContactPhone();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    @Override
    public Page<DepartmentDTO> list(Status status, PageRequest page) {
        return listRecords(new Filter().eq("e.status", status), page);
    }

    @Override
    public DepartmentDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public DepartmentDTO create(DepartmentDTO department) {
        DepartmentDTO valid = validate(department);
        unmasked(!Masking.isMasked(valid.contactPhone));
        return createRecord(em -> {
            uniqueName(em, valid.name, null);
            return apply(valid, new DepartmentEntity());
        });
    }

    @Override
    public DepartmentDTO update(long id, long expectedVersion, DepartmentDTO department) {
        DepartmentDTO valid = validate(department);
        return updateRecord(id, expectedVersion, (em, entity) -> {
            uniqueName(em, valid.name, id);
            String phone = entity.getContactPhone();
            apply(valid, entity);
            if (Masking.isMasked(valid.contactPhone)) {
                unmasked(valid.contactPhone.equals(Masking.phone(phone)));
                entity.setContactPhone(phone); // sent back as it was read: unchanged
            }
        });
    }

    @Override
    public DepartmentDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    @Override
    protected Message beginning() {
        return subject();
    }

    private static void uniqueName(EntityManager em, String name, Long self) {
        Filter same = new Filter().eq("e.name", name);
        if (self != null) {
            same.and("e.id <> ?", self);
        }
        new Checks().check(same.select(em, DepartmentEntity.class, "COUNT(e)", Long.class).get(0) == 0, "name",
                MeetingText.text("department.nameTaken")).throwIfAny();
    }

    private static void unmasked(boolean ok) {
        new Checks().check(ok, "contactPhone", MeetingText.text("phone.masked"))
                .throwIfAny();
    }

    private static DepartmentEntity apply(DepartmentDTO d, DepartmentEntity e) {
        e.setName(d.name);
        e.setContactName(d.contactName);
        e.setContactPhone(d.contactPhone);
        e.setNotes(d.notes);
        return e;
    }

    private static DepartmentDTO validate(DepartmentDTO in) {
        Checks checks = new Checks();
        DepartmentDTO out = new DepartmentDTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);
        out.contactName = clean(in.contactName);
        checks.maxLength("contactName", out.contactName, CONTACT_MAX);
        out.contactPhone = clean(in.contactPhone);
        checks.check(out.contactPhone == null || Masking.isMasked(out.contactPhone) || PHONE.matcher(out.contactPhone).matches(), "contactPhone",
                "不是电话号码（7–20 位数字，可含空格或-）/ is not a phone number (7-20 digits, spaces or dashes)");
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
