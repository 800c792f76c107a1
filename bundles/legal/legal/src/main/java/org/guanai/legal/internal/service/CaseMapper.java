package org.guanai.legal.internal.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.internal.jpa.CaseEntity;
import org.guanai.legal.internal.jpa.CaseStepEntity;
import org.guanai.legal.internal.rules.CaseFacts;
import org.guanai.legal.internal.rules.Deadlines;

/** Rights cases as DTOs, as the state rules see them, and as the audit trail may hold them. */
final class CaseMapper {

    /** Lives only in this JVM: the trail's before and after of one write are compared, never reversed. */
    private static final byte[] KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(KEY);
    }

    private CaseMapper() {
    }

    static RightsCaseDTO toDto(CaseEntity e, List<CaseStepEntity> steps, Deadlines deadlines) {
        RightsCaseDTO d = new RightsCaseDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.receivedOn = e.getReceivedOn();
        d.channel = e.getChannel();
        d.subjectKind = e.getSubjectKind();
        d.personId = e.getPersonId();
        d.subjectName = e.getSubjectName();
        d.reporter = e.getReporter();
        d.townshipCode = e.getTownshipCode();
        d.villageCode = e.getVillageCode();
        d.category = e.getCategory();
        d.riskLevel = e.getRiskLevel();
        d.description = e.getDescription();
        d.handler = e.getHandler();
        d.status = e.getStatus();
        d.firstResponseDue = deadlines.firstResponseDue(e.getReceivedOn(), e.getRiskLevel());
        d.firstResponseOn = e.getFirstResponseOn();
        d.lastActionOn = e.getLastActionOn();
        for (CaseStepEntity s : steps) {
            d.steps.add(step(s));
        }
        d.closedOn = e.getClosedOn();
        d.outcome = e.getOutcome();
        d.closeReason = e.getCloseReason();
        return d;
    }

    static CaseStepDTO step(CaseStepEntity s) {
        CaseStepDTO d = new CaseStepDTO();
        d.id = s.getId();
        d.kind = s.getKind();
        d.on = s.getStepOn();
        d.department = s.getDepartment();
        d.response = s.getResponse();
        d.measure = s.getMeasure();
        d.note = s.getNote();
        d.recordedBy = s.getRecordedBy();
        return d;
    }

    /**
     * The case as the audit trail records its changes: which fields changed and when, but never what a person said
     * or who they are. The person, names and texts appear as a keyed digest whose key never leaves this JVM: the trail
     * shows that they changed, and an administrator reading it (or guessing names against it) learns nothing more.
     */
    static RightsCaseDTO auditView(RightsCaseDTO full) {
        RightsCaseDTO d = new RightsCaseDTO();
        d.id = full.id;
        d.receivedOn = full.receivedOn;
        d.channel = full.channel;
        d.subjectKind = full.subjectKind;
        d.subjectName = digest(full.personId == null ? full.subjectName : full.personId + "/" + full.subjectName);
        d.reporter = digest(full.reporter);
        d.townshipCode = full.townshipCode;
        d.villageCode = digest(full.villageCode);
        d.category = full.category;
        d.riskLevel = full.riskLevel;
        d.description = digest(full.description);
        d.handler = full.handler;
        d.status = full.status;
        d.firstResponseOn = full.firstResponseOn;
        d.lastActionOn = full.lastActionOn;
        d.steps = new ArrayList<>();
        for (CaseStepDTO s : full.steps) {
            CaseStepDTO a = new CaseStepDTO();
            a.id = s.id;
            a.kind = s.kind;
            a.on = s.on;
            a.department = s.department;
            a.measure = s.measure;
            a.response = digest(s.response);
            a.note = digest(s.note);
            a.recordedBy = s.recordedBy;
            d.steps.add(a);
        }
        d.closedOn = full.closedOn;
        d.outcome = full.outcome;
        d.closeReason = digest(full.closeReason);
        return d;
    }

    /** The facts the state rules and deadlines need. */
    static CaseFacts facts(CaseEntity e, List<CaseStepEntity> steps) {
        List<CaseFacts.Step> s = new ArrayList<>();
        for (CaseStepEntity step : steps) {
            s.add(new CaseFacts.Step(step.getKind(), step.getStepOn(), step.getMeasure()));
        }
        return new CaseFacts(e.getReceivedOn(), e.getRiskLevel(), s, e.getStatus() == CaseStatus.CLOSED);
    }

    /** The facts of a case as its columns hold them (first and last action), without loading its steps. */
    static CaseFacts summary(CaseEntity e) {
        List<CaseFacts.Step> s = new ArrayList<>();
        if (e.getFirstResponseOn() != null) {
            s.add(new CaseFacts.Step(StepKind.FOLLOW_UP, e.getFirstResponseOn(), null));
            s.add(new CaseFacts.Step(StepKind.FOLLOW_UP, e.getLastActionOn(), null));
        }
        return new CaseFacts(e.getReceivedOn(), e.getRiskLevel(), s, e.getStatus() == CaseStatus.CLOSED);
    }

    static String digest(String text) {
        if (text == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return "已记录 recorded #" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
