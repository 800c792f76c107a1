package org.guanai.itests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of one benchmark group, each the median of its runs and printed beside its baseline
 * with the ratio. Written to {@code target/bench/<group>.csv} and {@code .json}; every group also
 * rewrites {@code results.csv}, {@code results.json} and {@code results.txt} with all groups
 * measured so far in that folder.
 */
final class Results {
    /** One figure: a median value beside its baseline (which may be absent). */
    static final class Figure {
        final String group;
        final String name;
        final double value;
        final String unit;
        final String baseline;
        final Double baselineValue;
        final String runs;

        Figure(String group, String name, double value, String unit, String baseline, Double baselineValue, String runs) {
            this.group = group;
            this.name = name;
            this.value = value;
            this.unit = unit;
            this.baseline = baseline;
            this.baselineValue = baselineValue;
            this.runs = runs;
        }

        Double ratio() {
            return baselineValue == null || baselineValue == 0 ? null : value / baselineValue;
        }
    }

    private static final String HEADER = "group,figure,value,unit,baseline,baseline_value,ratio,runs";

    private final String group;
    private final String file;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(String group, String file) {
        this.group = group;
        this.file = file;
        notes.add(BenchSettings.describe());
    }

    /** Adds a figure: the median of {@code runs}, beside the median of {@code baselineRuns} (or none). */
    Figure add(String name, double[] runs, String unit, String baseline, double[] baselineRuns) {
        Figure f = new Figure(group, name, median(runs), unit, baseline,
                baselineRuns == null || baselineRuns.length == 0 ? null : median(baselineRuns), format(runs));
        figures.add(f);
        return f;
    }

    void note(String note) {
        notes.add(note);
        System.out.println("[bench] " + group + ": " + note);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Writes this group's files, refreshes the combined ones and prints the table of all groups so far. */
    void write() throws IOException {
        Files.createDirectories(BenchSettings.DIR);
        Files.writeString(BenchSettings.DIR.resolve(file + ".csv"), csv(figures), StandardCharsets.UTF_8);
        Files.writeString(BenchSettings.DIR.resolve(file + ".notes.txt"), String.join("\n", notes) + "\n", StandardCharsets.UTF_8);
        Files.writeString(BenchSettings.DIR.resolve(file + ".json"), json(figures, notes), StandardCharsets.UTF_8);

        List<Figure> all = new ArrayList<>();
        List<String> allNotes = new ArrayList<>();
        try (Stream<Path> files = Files.list(BenchSettings.DIR)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("group\\d.*\\.csv")).sorted().collect(Collectors.toList())) {
                all.addAll(readCsv(p));
                Path n = p.resolveSibling(p.getFileName().toString().replace(".csv", ".notes.txt"));
                if (Files.exists(n)) {
                    Files.readAllLines(n).forEach(l -> allNotes.add(p.getFileName().toString().replace(".csv", "") + ": " + l));
                }
            }
        }
        Files.writeString(BenchSettings.DIR.resolve("results.csv"), csv(all), StandardCharsets.UTF_8);
        Files.writeString(BenchSettings.DIR.resolve("results.json"), json(all, allNotes), StandardCharsets.UTF_8);
        String table = table(all) + allNotes.stream().map(n -> "  " + n).collect(Collectors.joining("\n")) + "\n";
        Files.writeString(BenchSettings.DIR.resolve("results.txt"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("Guanai benchmarks (" + BenchSettings.DIR + ")");
        System.out.print(table);
    }

    static String table(List<Figure> all) {
        StringBuilder b = new StringBuilder();
        String fmt = "%-7s %-58s %12s %-6s  %-44s %12s %8s%n";
        b.append(String.format(Locale.ROOT, fmt, "group", "figure (median)", "value", "unit", "baseline", "baseline", "ratio"));
        b.append("-".repeat(155)).append('\n');
        for (Figure f : all) {
            b.append(String.format(Locale.ROOT, fmt, f.group, f.name, num(f.value), f.unit,
                    f.baseline == null ? "" : f.baseline, f.baselineValue == null ? "" : num(f.baselineValue),
                    f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio())));
        }
        return b.toString();
    }

    private static String csv(List<Figure> fs) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Figure f : fs) {
            b.append(String.join(",", f.group, quote(f.name), num(f.value), f.unit, quote(f.baseline == null ? "" : f.baseline),
                    f.baselineValue == null ? "" : num(f.baselineValue),
                    f.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", f.ratio()), quote(f.runs))).append('\n');
        }
        return b.toString();
    }

    private static List<Figure> readCsv(Path p) throws IOException {
        List<Figure> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = Roster.cells(line, null); // one figure per line: no quoted line breaks
            out.add(new Figure(c.get(0), c.get(1), Double.parseDouble(c.get(2)), c.get(3), c.get(4).isEmpty() ? null : c.get(4),
                    c.get(5).isEmpty() ? null : Double.valueOf(c.get(5)), c.get(7)));
        }
        return out;
    }

    private static String json(List<Figure> fs, List<String> notes) {
        StringBuilder b = new StringBuilder("{\n  \"written\": \"").append(Instant.now()).append("\",\n  \"cores\": ")
                .append(Runtime.getRuntime().availableProcessors()).append(",\n  \"notes\": [");
        b.append(notes.stream().map(n -> "\n    \"" + esc(n) + "\"").collect(Collectors.joining(","))).append("\n  ],\n  \"figures\": [");
        b.append(fs.stream().map(f -> "\n    {\"group\": \"" + esc(f.group) + "\", \"figure\": \"" + esc(f.name) + "\", \"value\": " + num(f.value)
                + ", \"unit\": \"" + esc(f.unit) + "\", \"baseline\": " + (f.baseline == null ? "null" : "\"" + esc(f.baseline) + "\"")
                + ", \"baselineValue\": " + (f.baselineValue == null ? "null" : num(f.baselineValue))
                + ", \"ratio\": " + (f.ratio() == null ? "null" : String.format(Locale.ROOT, "%.3f", f.ratio()))
                + ", \"runs\": [" + f.runs.replace(' ', ',') + "]}").collect(Collectors.joining(",")));
        return b.append("\n  ]\n}\n").toString();
    }

    private static String format(double[] runs) {
        return Arrays.stream(runs).mapToObj(Results::num).collect(Collectors.joining(" "));
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
