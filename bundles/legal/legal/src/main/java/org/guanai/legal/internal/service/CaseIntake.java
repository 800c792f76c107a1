package org.guanai.legal.internal.service;

import java.time.LocalDate;

import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.SubjectKind;
import org.guanai.legal.internal.LegalText;
import org.guanai.legal.internal.jpa.CaseEntity;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.PersonDTO;

/** The intake of a rights case: what it must say, checked before any transaction of ours, and how it is stored. */
final class CaseIntake {

    static final int NAME_MAX = 50;
    static final int REPORTER_MAX = 100;
    static final int DESCRIPTION_MAX = 4000;
    static final int HANDLER_MAX = 100;

    /** The base class's scope check: refuses, on a field, a place outside the caller's divisions. */
    @FunctionalInterface
    interface ScopeCheck {
        void check(Checks checks, String field, String townshipCode, String villageCode);
    }

    private final Registry registry;

    CaseIntake(Registry registry) {
        this.registry = registry;
    }

    RightsCaseDTO validate(RightsCaseDTO in, LocalDate today, ScopeCheck scope) {
        Checks checks = new Checks();
        RightsCaseDTO out = new RightsCaseDTO();
        out.receivedOn = RecordServiceSupport.body(in).receivedOn;
        checks.require("receivedOn", in.receivedOn);
        RecordServiceSupport.notInFuture(checks, "receivedOn", in.receivedOn, today);
        out.channel = in.channel;
        checks.require("channel", in.channel);
        out.category = in.category;
        checks.require("category", in.category);
        out.riskLevel = in.riskLevel;
        checks.require("riskLevel", in.riskLevel);
        out.subjectKind = in.subjectKind;
        checks.require("subjectKind", in.subjectKind);
        subject(checks, in, out);
        out.reporter = RecordServiceSupport.clean(in.reporter);
        checks.maxLength("reporter", out.reporter, REPORTER_MAX);
        out.description = RecordServiceSupport.clean(in.description);
        checks.maxLength("description", out.description, DESCRIPTION_MAX);
        out.handler = RecordServiceSupport.clean(in.handler);
        if (out.handler == null) {
            out.handler = CaseAccess.user();
        }
        checks.maxLength("handler", out.handler, HANDLER_MAX);
        if (out.townshipCode != null) {
            scope.check(checks, out.villageCode != null ? "villageCode" : "townshipCode", out.townshipCode, out.villageCode);
        }
        checks.throwIfAny();
        return out;
    }

    /** A registered person's name and place are the registry's; someone not registered is placed as given. */
    private void subject(Checks checks, RightsCaseDTO in, RightsCaseDTO out) {
        if (in.subjectKind == SubjectKind.REGISTERED) {
            checks.require("personId", in.personId);
            PersonDTO p = in.personId == null ? null : registry.person(in.personId).orElse(null);
            checks.check(in.personId == null || p != null, "personId",
                    LegalText.text("person.unknown", in.personId));
            if (p != null) {
                out.personId = p.id;
                out.subjectName = p.name;
                out.townshipCode = p.townshipCode;
                out.villageCode = p.villageCode;
            }
            return;
        }
        checks.check(in.personId == null, "personId", "仅用于登记在册的人员（subjectKind REGISTERED）/ only for a"
                + " registered person (subjectKind REGISTERED)");
        if (in.subjectKind == SubjectKind.UNREGISTERED) {
            out.subjectName = RecordServiceSupport.clean(in.subjectName);
            checks.require("subjectName", out.subjectName).maxLength("subjectName", out.subjectName, NAME_MAX);
        } else if (in.subjectKind == SubjectKind.ANONYMOUS) {
            checks.check(RecordServiceSupport.clean(in.subjectName) == null, "subjectName",
                    LegalText.text("anonymous.noName"));
        }
        place(checks, in, out);
    }

    private void place(Checks checks, RightsCaseDTO in, RightsCaseDTO out) {
        out.villageCode = RecordServiceSupport.clean(in.villageCode);
        out.townshipCode = RecordServiceSupport.clean(in.townshipCode);
        if (out.villageCode != null) {
            DivisionDTO village = registry.division(out.villageCode, DivisionLevel.VILLAGE).orElse(null);
            checks.check(village != null, "villageCode", LegalText.text("village.notInCounty", out.villageCode));
            if (village != null) {
                checks.check(out.townshipCode == null || out.townshipCode.equals(village.parentCode), "townshipCode",
                        LegalText.text("village.otherTownship"));
                out.townshipCode = village.parentCode;
            }
            return;
        }
        checks.require("townshipCode", out.townshipCode);
        if (out.townshipCode != null && registry.division(out.townshipCode, DivisionLevel.TOWNSHIP).isEmpty()) {
            checks.add("townshipCode", LegalText.text("township.notInCounty", out.townshipCode));
            out.townshipCode = null;
        }
    }

    /** Stores the intake's fields; a new case starts received, its last action the intake. */
    static CaseEntity apply(RightsCaseDTO d, CaseEntity e, boolean isNew) {
        e.setReceivedOn(d.receivedOn);
        e.setChannel(d.channel);
        e.setSubjectKind(d.subjectKind);
        e.setPersonId(d.personId);
        e.setSubjectName(d.subjectName);
        e.setReporter(d.reporter);
        e.setTownshipCode(d.townshipCode);
        e.setVillageCode(d.villageCode);
        e.setCategory(d.category);
        e.setRiskLevel(d.riskLevel);
        e.setDescription(d.description);
        e.setHandler(d.handler);
        if (isNew) {
            e.setStatus(CaseStatus.RECEIVED);
            e.setLastActionOn(d.receivedOn);
        } else if (e.getFirstResponseOn() == null) {
            e.setLastActionOn(d.receivedOn);
        }
        return e;
    }
}
