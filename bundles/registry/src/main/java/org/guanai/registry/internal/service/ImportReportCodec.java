package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.internal.audit.ChangeCodec;

/**
 * An import's report as stored in {@code import_jobs.report}: one problem a line, its fields separated by tabs,
 * escaped as the audit trail's changes are ({@link ChangeCodec}).
 */
final class ImportReportCodec {

    private ImportReportCodec() {
    }

    static String encode(List<ImportProblemDTO> problems) {
        StringBuilder out = new StringBuilder();
        for (ImportProblemDTO p : problems) {
            out.append(p.line).append('\t');
            field(out, p.column).append('\t');
            field(out, p.severity == null ? null : p.severity.name()).append('\t');
            field(out, p.problem).append('\t');
            field(out, p.expected).append('\t');
            field(out, p.sheet).append('\n');
        }
        return out.toString();
    }

    static List<ImportProblemDTO> decode(String text) {
        List<ImportProblemDTO> problems = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return problems;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            String severity = unescape(f[2]);
            problems.add(new ImportProblemDTO(unescape(f[5]), Integer.parseInt(f[0]), unescape(f[1]),
                    severity == null ? null : ImportProblemDTO.Severity.valueOf(severity), unescape(f[3]), unescape(f[4])));
        }
        return problems;
    }

    private static StringBuilder field(StringBuilder out, String value) {
        ChangeCodec.escape(out, value);
        return out;
    }

    private static String unescape(String s) {
        return ChangeCodec.unescape(s);
    }
}
