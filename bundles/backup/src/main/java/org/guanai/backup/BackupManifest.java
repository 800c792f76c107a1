package org.guanai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a backup records of itself ({@value #FILE} in its zip): when, by whom, by which version, and every
 * table's rows and checksum as they are in the backup, so that a restore can be checked against it.
 */
public final class BackupManifest {

    /** The manifest's name in a backup's zip. */
    public static final String FILE = "backup.properties";

    public String name;
    public Instant createdAt;
    public String createdBy;
    /** {@code manual} or {@code scheduled}. */
    public String trigger;
    public String version;
    public long durationMillis;
    public List<TableDigest.Table> tables = new ArrayList<>();

    public void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("created", createdAt.toString());
        p.setProperty("created.by", nonNull(createdBy));
        p.setProperty("trigger", nonNull(trigger));
        p.setProperty("version", nonNull(version));
        p.setProperty("duration.millis", Long.toString(durationMillis));
        p.setProperty("tables", Integer.toString(tables.size()));
        for (int i = 0; i < tables.size(); i++) {
            TableDigest.Table t = tables.get(i);
            p.setProperty("table." + i + ".name", t.name());
            p.setProperty("table." + i + ".rows", Long.toString(t.rows()));
            p.setProperty("table." + i + ".sha256", t.checksum());
        }
        p.store(out, "Guanai backup: the database as of 'created', with every table's rows and checksum");
    }

    public static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        BackupManifest m = new BackupManifest();
        m.name = required(p, "name");
        try {
            m.createdAt = Instant.parse(required(p, "created"));
            m.durationMillis = Long.parseLong(p.getProperty("duration.millis", "0"));
            int n = Integer.parseInt(required(p, "tables"));
            for (int i = 0; i < n; i++) {
                m.tables.add(new TableDigest.Table(required(p, "table." + i + ".name"),
                        Long.parseLong(required(p, "table." + i + ".rows")), required(p, "table." + i + ".sha256")));
            }
        } catch (RuntimeException e) {
            throw new IOException("not a Guanai backup manifest: " + e.getMessage(), e);
        }
        m.createdBy = p.getProperty("created.by", "");
        m.trigger = p.getProperty("trigger", "");
        m.version = p.getProperty("version", "");
        return m;
    }

    /** Rows of that table in the backup, or -1 when it has none of that name. */
    public long rows(String table) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(table)).mapToLong(TableDigest.Table::rows)
                .findFirst().orElse(-1);
    }

    private static String required(Properties p, String key) throws IOException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IOException("not a Guanai backup manifest: no " + key);
        }
        return v.trim();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
