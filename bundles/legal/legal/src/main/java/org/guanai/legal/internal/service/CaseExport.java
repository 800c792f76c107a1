package org.guanai.legal.internal.service;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.RightsCaseDTO;

/**
 * Rights cases as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel and WPS open it as Chinese): the case's facts;
 * the person's name, the description and the steps' notes only when asked for with a reason.
 */
final class CaseExport {

    private static final List<String> COLUMNS = List.of("编号 id", "受理日期 receivedOn", "渠道 channel",
            "当事人类型 subjectKind", "乡镇 townshipCode", "类别 category", "风险 riskLevel", "状态 status",
            "承办人 handler", "首次响应期限 firstResponseDue", "首次响应 firstResponseOn", "最后行动 lastActionOn",
            "结案日期 closedOn", "结果 outcome");
    private static final List<String> DETAILS = List.of("当事人 subjectName", "反映人 reporter", "案情 description",
            "办理过程 steps", "结案理由 closeReason");

    private CaseExport() {
    }

    static void write(List<RightsCaseDTO> cases, boolean details, Writer out) throws IOException {
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(COLUMNS);
        if (details) {
            header.addAll(DETAILS);
        }
        line(out, header);
        for (RightsCaseDTO c : cases) {
            List<Object> row = new ArrayList<>(List.of(c.id, c.receivedOn, c.channel, c.subjectKind, c.townshipCode,
                    c.category, c.riskLevel, c.status, c.handler, c.firstResponseDue));
            row.add(c.firstResponseOn);
            row.add(c.lastActionOn);
            row.add(c.closedOn);
            row.add(c.outcome);
            if (details) {
                row.add(c.subjectName);
                row.add(c.reporter);
                row.add(c.description);
                row.add(c.steps.stream().map(CaseExport::step).collect(Collectors.joining("\n")));
                row.add(c.closeReason);
            }
            line(out, row);
        }
        out.flush();
    }

    private static String step(CaseStepDTO s) {
        StringBuilder b = new StringBuilder().append(s.on).append(' ').append(s.kind);
        if (s.department != null) {
            b.append(' ').append(s.department);
        }
        if (s.measure != null) {
            b.append(' ').append(s.measure);
        }
        if (s.note != null) {
            b.append(": ").append(s.note);
        }
        if (s.response != null) {
            b.append(" (").append(s.response).append(')');
        }
        return b.toString();
    }

    private static void line(Writer out, List<?> cells) throws IOException {
        out.write(cells.stream().map(CaseExport::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** Quoted when needed; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
