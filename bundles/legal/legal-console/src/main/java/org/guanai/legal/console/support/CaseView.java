package org.guanai.legal.console.support;

import java.io.PrintStream;

import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.shell.api.DivisionNames;

/** One rights case as the console prints it, in the session's language: its facts, then its steps in order. */
public final class CaseView {

    private CaseView() {
    }

    public static void print(PrintStream out, RightsCaseDTO c, DivisionNames names) {
        out.println(Labels.say("view.case", c.id, Labels.label(c.category), Labels.label(c.riskLevel),
                Labels.label(c.status)));
        out.println(Labels.say("view.received", c.receivedOn, Labels.label(c.channel), text(c.reporter)));
        out.println(Labels.say("view.subject", c.subjectName == null ? Labels.label(c.subjectKind) : c.subjectName,
                c.personId == null ? "" : Labels.say("view.person", c.personId),
                names.name(c.townshipCode) + (c.villageCode == null ? "" : " " + names.name(c.villageCode))));
        out.println(Labels.say("view.handler", c.handler));
        out.println(Labels.say("view.firstResponse", c.firstResponseDue, c.firstResponseOn == null
                ? Labels.say("view.firstResponseNone") : Labels.say("view.firstResponseOn", c.firstResponseOn)));
        out.println(Labels.say("view.description", text(c.description)));
        for (CaseStepDTO s : c.steps) {
            String what = s.department != null ? " → " + Labels.label(s.department)
                    : s.measure != null ? " " + Labels.label(s.measure) : "";
            out.println("  " + s.on + " " + Labels.label(s.kind) + what + (s.note == null ? "" : "：" + s.note)
                    + (s.response == null ? "" : Labels.say("view.answer", s.response)) + " [" + s.recordedBy + "]");
        }
        if (c.closedOn != null) {
            out.println(Labels.say("view.closed", c.closedOn, Labels.label(c.outcome), text(c.closeReason)));
        }
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }
}
