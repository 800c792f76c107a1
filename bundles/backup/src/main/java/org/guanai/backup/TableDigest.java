package org.guanai.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of a database schema with its row count and a checksum of its content: what a backup records of
 * itself, and what a restore is compared with. The checksum is SHA-256 over the rows in primary-key order (all
 * columns in order where a table has no key), each value length-prefixed, so equal checksums mean equal rows.
 */
public final class TableDigest {

    private static final byte[] NULL = {(byte) 0xff};

    private TableDigest() {
    }

    /** One table's figures. */
    public record Table(String name, long rows, String checksum) {
    }

    /** Every base table of the connection's current schema, by name. */
    public static List<Table> of(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        List<Table> tables = new ArrayList<>();
        for (String name : tableNames(connection.getMetaData(), schema)) {
            tables.add(of(connection, schema, name));
        }
        return tables;
    }

    /** Row counts only (quick), by table name. */
    public static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        String schema = connection.getSchema();
        try (Statement s = connection.createStatement()) {
            for (String name : tableNames(connection.getMetaData(), schema)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted(schema, name))) {
                    rs.next();
                    counts.put(name, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    private static Table of(Connection connection, String schema, String table) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        String order = orderBy(connection.getMetaData(), schema, table);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + quoted(schema, table) + " ORDER BY " + order)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    update(sha, value(rs, i, meta.getColumnType(i)));
                }
            }
        }
        return new Table(table, rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static byte[] value(ResultSet rs, int column, int type) throws SQLException {
        switch (type) {
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                return rs.getBytes(column);
            }
            default -> {
                String text = rs.getString(column);
                return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static void update(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update(NULL);
            return;
        }
        int n = value.length;
        sha.update(new byte[] {0, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(value);
    }

    /** The primary key's columns, or every column (by position) where there is none. */
    private static String orderBy(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), quoted(rs.getString("COLUMN_NAME")));
            }
        }
        if (!key.isEmpty()) {
            return String.join(", ", key.values());
        }
        List<String> all = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                // LOBs cannot be ordered by; the other columns order these key-less tables (Liquibase's own)
                if (type != Types.BLOB && type != Types.CLOB && type != Types.NCLOB) {
                    all.add(quoted(rs.getString("COLUMN_NAME")));
                }
            }
        }
        return all.isEmpty() ? "1" : String.join(", ", all);
    }

    static String quoted(String schema, String table) {
        return (schema == null ? "" : quoted(schema) + ".") + quoted(table);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
