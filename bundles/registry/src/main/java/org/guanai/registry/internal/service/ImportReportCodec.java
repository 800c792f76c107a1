package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.roster.ImportProblemDTO;

/**
 * An import's report as stored in {@code import_jobs.report}: one problem a line, its fields separated by tabs,
 * backslash, tab and line breaks in them escaped; an absent field is {@code \0}.
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
        if (value == null) {
            return out.append("\\0");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
