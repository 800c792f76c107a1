package org.guanai.registry.internal.validation;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;

/**
 * Administrative division codes of the county (GB/T 2260 county + the statistics bureau's
 * 9-digit township and 12-digit village codes), and the CSV import of a county's townships and villages.
 */
public final class DivisionCodes {

    /** One data line of a division CSV; {@code line} is its 1-based line number in the file. */
    public record ParsedDivision(String code, String name, DivisionLevel level, String parentCode, int line) {
    }

    private DivisionCodes() {
    }

    public static boolean isCounty(String code) {
        return isDigits(code, 6);
    }

    public static boolean isTownship(String code) {
        return isDigits(code, 9);
    }

    public static boolean isVillage(String code) {
        return isDigits(code, 12);
    }

    /** The 9-digit township of a 12-digit village code. */
    public static String townshipOf(String villageCode) {
        if (!isVillage(villageCode)) {
            throw new IllegalArgumentException("not a village code: " + villageCode);
        }
        return villageCode.substring(0, 9);
    }

    /** The 6-digit county of a county, township or village code. */
    public static String countyOf(String code) {
        if (!isCounty(code) && !isTownship(code) && !isVillage(code)) {
            throw new IllegalArgumentException("not a division code: " + code);
        }
        return code.substring(0, 6);
    }

    /**
     * Reads {@code code,name[,parent_code]} lines. An optional header (a first line starting with "code"),
     * a UTF-8 byte order mark, blank lines and {@code #} comments are skipped; a name may be quoted
     * ({@code "Xiangyang ""New"" Village"}). Every error in the file is reported at once, each as a
     * {@link FieldError} whose field is {@code "line N"}, so the county office can fix the file in one go.
     *
     * @return the divisions in file order; empty if the file has no data lines
     * @throws ValidationException listing every bad line
     * @throws IllegalArgumentException if {@code countyCode} is not 6 digits
     */
    public static List<ParsedDivision> parseCsv(Reader reader, String countyCode) {
        if (!isCounty(countyCode)) {
            throw new IllegalArgumentException("not a county code: " + countyCode);
        }
        List<ParsedDivision> divisions = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        // Township codes on any line, even one refused for another reason: a village under it is then not
        // also reported as orphaned.
        Set<String> townships = new HashSet<>();
        boolean firstContentLine = true;
        List<String> lines = readLines(reader);
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            boolean header = firstContentLine && trimmed.regionMatches(true, 0, "code", 0, 4);
            firstContentLine = false;
            if (header) {
                continue;
            }
            ParsedDivision d = parseLine(line, lineNo, countyCode, townships, errors);
            if (d == null) {
                continue;
            }
            Integer earlier = lineOfCode.putIfAbsent(d.code(), lineNo);
            if (earlier != null) {
                errors.add(new LineError(lineNo, "code " + d.code() + " already appears on line " + earlier));
                continue;
            }
            divisions.add(d);
        }

        // A village's township may come later in the file, so this needs a second pass.
        for (ParsedDivision d : divisions) {
            if (d.level() == DivisionLevel.VILLAGE && !townships.contains(d.parentCode())) {
                errors.add(new LineError(d.line(), "township " + d.parentCode() + " of village " + d.code()
                        + " is not in the file"));
            }
        }

        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LineError::line)); // stable: a line's errors keep their order
            throw new ValidationException(errors.stream()
                    .map(e -> new FieldError("line " + e.line(), e.message()))
                    .toList());
        }
        return divisions;
    }

    private record LineError(int line, String message) {
    }

    /** Parses one data line, or adds its errors and returns null. */
    private static ParsedDivision parseLine(String line, int lineNo, String countyCode, Set<String> townships,
                                            List<LineError> errors) {
        List<String> fields;
        try {
            fields = splitCsv(line);
        } catch (IllegalArgumentException e) {
            errors.add(new LineError(lineNo, e.getMessage()));
            return null;
        }
        if (fields.size() < 2 || fields.size() > 3) {
            errors.add(new LineError(lineNo, "expected code,name[,parent_code] but got " + fields.size()
                    + (fields.size() == 1 ? " field" : " fields")));
            return null;
        }
        int before = errors.size();
        String code = fields.get(0);
        String name = fields.get(1);
        String givenParent = fields.size() == 3 && !fields.get(2).isEmpty() ? fields.get(2) : null;

        DivisionLevel level = null;
        if (code.isEmpty()) {
            errors.add(new LineError(lineNo, "code is required"));
        } else if (!isDigits(code, code.length())) {
            errors.add(new LineError(lineNo, "code \"" + code + "\" must be digits"));
        } else if (code.length() != 9 && code.length() != 12) {
            errors.add(new LineError(lineNo, "code " + code + " has " + code.length()
                    + " digits; townships have 9, villages 12"));
        } else if (!code.startsWith(countyCode)) {
            errors.add(new LineError(lineNo, "code " + code + " is not in county " + countyCode));
        } else {
            level = code.length() == 9 ? DivisionLevel.TOWNSHIP : DivisionLevel.VILLAGE;
        }
        if (name.isEmpty()) {
            errors.add(new LineError(lineNo, "name is required"));
        }
        String parent = null;
        if (level != null) {
            if (level == DivisionLevel.TOWNSHIP) {
                townships.add(code);
            }
            parent = level == DivisionLevel.TOWNSHIP ? countyCode : code.substring(0, 9);
            if (givenParent != null && !givenParent.equals(parent)) {
                errors.add(new LineError(lineNo, "parent code " + givenParent + " does not match code " + code
                        + " (expected " + parent + ")"));
            }
        }
        return errors.size() == before ? new ParsedDivision(code, name, level, parent, lineNo) : null;
    }

    /**
     * Splits one line on commas, trimming each field; a field may be enclosed in double quotes, with
     * {@code ""} for a quote inside. Quoted fields spanning lines are not supported.
     */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (i < n && line.charAt(i) != ',') {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        throw new IllegalArgumentException("unexpected text after a quoted field");
                    }
                    i++;
                }
                fields.add(field.toString().trim());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end).trim());
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // skip the comma
        }
    }

    /** @throws UncheckedIOException if the reader fails */
    private static List<String> readLines(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        return in.lines().toList();
    }

    private static boolean isDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
