package org.guanai.legal.console.support;

import java.io.PrintStream;

import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.shell.api.DivisionNames;

/** One rights case as the console prints it: Chinese labels first, its steps in order. */
public final class CaseView {

    private CaseView() {
    }

    public static void print(PrintStream out, RightsCaseDTO c, DivisionNames names) {
        out.println("案件 Case " + c.id + " · " + Labels.zh(c.category) + " · 风险 " + Labels.zh(c.riskLevel)
                + " · " + Labels.zh(c.status) + " (" + c.status + ")");
        out.println("  受理 received:   " + c.receivedOn + " · " + Labels.zh(c.channel) + " · 反映人 " + text(c.reporter));
        out.println("  当事人 subject:  " + (c.subjectName == null ? Labels.zh(c.subjectKind) : c.subjectName)
                + (c.personId == null ? "" : " (person " + c.personId + ")") + " · " + names.name(c.townshipCode)
                + (c.villageCode == null ? "" : " " + names.name(c.villageCode)));
        out.println("  承办人 handler:  " + c.handler);
        out.println("  首次响应 first response: due " + c.firstResponseDue + ", "
                + (c.firstResponseOn == null ? "尚无 none yet" : "on " + c.firstResponseOn));
        out.println("  案情 description: " + text(c.description));
        for (CaseStepDTO s : c.steps) {
            String what = s.department != null ? " → " + Labels.zh(s.department) : s.measure != null ? " " + Labels.zh(s.measure) : "";
            out.println("  " + s.on + " " + Labels.zh(s.kind) + what + (s.note == null ? "" : "：" + s.note)
                    + (s.response == null ? "" : "（答复：" + s.response + "）") + " [" + s.recordedBy + "]");
        }
        if (c.closedOn != null) {
            out.println("  结案 closed:     " + c.closedOn + " · " + Labels.zh(c.outcome) + " · " + text(c.closeReason));
        }
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }
}
