package org.guanai.meeting.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.meeting.internal.MeetingText;
import org.guanai.meeting.internal.jpa.MatterEntity;
import org.guanai.meeting.internal.jpa.ProgressEntity;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;

/**
 * Progress notes on matters: written once (audited as {@code matter progress.create}), read with their matter. A
 * note is seen, and written, by whoever sees its matter.
 */
final class Progress extends RecordServiceSupport<ProgressEntity, ProgressDTO> {

    static final int NOTE_MAX = 2000;
    static final int REPORTED_BY_MAX = 100;

    private final MatterServiceImpl matters;

    Progress(JpaTemplate jpa, AuditService audit, MatterServiceImpl matters) {
        super(jpa, ProgressEntity.class, "matter progress");
        this.matters = matters;
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected ProgressDTO toDto(EntityManager em, ProgressEntity e) {
        ProgressDTO d = new ProgressDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.matterId = e.getMatterId();
        d.notedOn = e.getNotedOn();
        d.note = e.getNote();
        d.reportedBy = e.getReportedBy();
        return d;
    }

    ProgressDTO add(ProgressDTO in) {
        Checks checks = new Checks();
        Long matterId = body(in).matterId;
        checks.require("matterId", matterId);
        String note = clean(in.note);
        checks.require("note", note).maxLength("note", note, NOTE_MAX);
        String by = clean(in.reportedBy);
        if (by == null) {
            by = CallerContext.current().map(Caller::user).orElse("系统 system");
        }
        checks.maxLength("reportedBy", by, REPORTED_BY_MAX);
        LocalDate today = matters.now();
        LocalDate on = in.notedOn == null ? today : in.notedOn;
        String reportedBy = by;
        if (matterId == null) {
            checks.throwIfAny();
        }
        return createRecord(em -> {
            MatterEntity matter;
            try {
                matter = matters.visible(em, matterId);
            } catch (NotFoundException e) {
                throw ValidationException.of("matterId", MeetingText.text("matter.unknown", matterId));
            }
            MatterRules.progress(checks, matter.getState(), matter.getRaisedOn(), on, today);
            checks.throwIfAny();
            ProgressEntity e = new ProgressEntity();
            e.setMatterId(matterId);
            e.setNotedOn(on);
            e.setNote(note);
            e.setReportedBy(reportedBy);
            return e;
        });
    }

    ProgressDTO one(long id) {
        return tx(em -> {
            ProgressEntity e = find(em, id);
            try {
                matters.visible(em, e.getMatterId());
            } catch (NotFoundException outside) {
                throw new NotFoundException(recordType(), id);
            }
            return toDto(em, e);
        });
    }

    List<ProgressDTO> of(long matterId) {
        return tx(em -> {
            matters.visible(em, matterId);
            List<ProgressDTO> notes = new ArrayList<>();
            for (ProgressEntity e : new Filter().eq("e.matterId", matterId)
                    .list(em, ProgressEntity.class, "e.notedOn, e.id")) {
                notes.add(toDto(em, e));
            }
            return notes;
        });
    }
}
