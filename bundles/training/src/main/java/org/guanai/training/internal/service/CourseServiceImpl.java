package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Text.NAME_MAX;
import static org.guanai.training.internal.service.Text.NOTES_MAX;
import static org.guanai.training.internal.service.Text.TITLE_MAX;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseQuery;
import org.guanai.training.api.CourseService;
import org.guanai.training.api.PartnerKind;
import org.guanai.training.internal.jpa.CourseEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The county's course catalogue: not placed in a division, so every training user sees all of it. */
@Component(service = CourseService.class)
public class CourseServiceImpl extends RecordServiceSupport<CourseEntity, CourseDTO> implements CourseService {

    /** A course longer than a year of full days is a typing error. */
    static final int MAX_HOURS = 2000;

    @Activate
    public CourseServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                             @Reference(name = "schema") TrainingSchema schema,
                             @Reference(name = "audit") AuditService audit) {
        this(jpa);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    CourseServiceImpl(JpaTemplate jpa) {
        super(jpa, CourseEntity.class, "course");
    }

    @Override
    protected CourseDTO toDto(EntityManager em, CourseEntity e) {
        CourseDTO d = new CourseDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.title = e.getTitle();
        d.kind = e.getKind();
        d.partnerKind = e.getPartnerKind();
        d.partnerName = e.getPartnerName();
        d.requiredHours = e.getRequiredHours();
        d.certificateName = e.getCertificateName();
        d.notes = e.getNotes();
        return d;
    }

    @Override
    public Page<CourseDTO> list(CourseQuery query, PageRequest page) {
        CourseQuery q = query == null ? new CourseQuery() : query;
        return listRecords(new Filter().eq("e.kind", q.kind).startsWith("e.title", q.titlePrefix), page);
    }

    @Override
    public CourseDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public CourseDTO create(CourseDTO course) {
        CourseDTO valid = validate(course);
        return createRecord(em -> apply(valid, new CourseEntity()));
    }

    @Override
    public CourseDTO update(long id, long expectedVersion, CourseDTO course) {
        CourseDTO valid = validate(course);
        return updateRecord(id, expectedVersion, (em, e) -> apply(valid, e));
    }

    private static CourseEntity apply(CourseDTO d, CourseEntity e) {
        e.setTitle(d.title);
        e.setKind(d.kind);
        e.setPartnerKind(d.partnerKind);
        e.setPartnerName(d.partnerName);
        e.setRequiredHours(d.requiredHours);
        e.setCertificateName(d.certificateName);
        e.setNotes(d.notes);
        return e;
    }

    static CourseDTO validate(CourseDTO in) {
        Checks checks = new Checks();
        CourseDTO out = new CourseDTO();
        out.title = clean(body(in).title);
        checks.require("title", out.title).maxLength("title", out.title, TITLE_MAX);
        out.kind = in.kind;
        checks.require("kind", in.kind);
        out.partnerKind = in.partnerKind;
        checks.require("partnerKind", in.partnerKind);
        out.partnerName = clean(in.partnerName);
        checks.maxLength("partnerName", out.partnerName, NAME_MAX);
        checks.check(in.partnerKind != PartnerKind.OTHER || out.partnerName != null, "partnerName",
                Text.text("course.partnerNameRequired"));
        out.requiredHours = in.requiredHours;
        checks.check(in.requiredHours > 0 && in.requiredHours <= MAX_HOURS, "requiredHours",
                Text.text("course.hoursRange", MAX_HOURS));
        out.certificateName = clean(in.certificateName);
        checks.maxLength("certificateName", out.certificateName, NAME_MAX);
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
