package org.guanai.backup.move;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table's row count and a checksum of its content that comes out the same on Derby and PostgreSQL for the same
 * rows: every value is read by its type and written the same way (a boolean as true/false, a decimal without
 * trailing zeros, a timestamp to the microsecond), columns by lower-case name, and the rows'
 * SHA-256 hashes are added up (mod 2^256), so neither the databases' collations nor their row order matter.
 */
public final class PortableDigest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private PortableDigest() {
    }

    /** Rows and checksum of one table. */
    public record Figures(long rows, String checksum) {
    }

    /** Figures of {@code table} (a quoted, schema-qualified name or a plain one) over {@code connection}. */
    public static Figures of(Connection connection, String table) throws SQLException {
        BigInteger sum = BigInteger.ZERO;
        long rows = 0;
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Integer> columns = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), i);
                }
                MessageDigest sha = sha256();
                while (rs.next()) {
                    rows++;
                    for (Map.Entry<String, Integer> c : columns.entrySet()) {
                        update(sha, c.getKey().getBytes(StandardCharsets.UTF_8));
                        update(sha, value(rs, c.getValue(), meta.getColumnType(c.getValue())));
                    }
                    sum = sum.add(new BigInteger(1, sha.digest())).mod(MODULUS);
                }
            }
        }
        byte[] bytes = sum.toByteArray();
        byte[] fixed = new byte[32];
        int n = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - n, fixed, 32 - n, n);
        return new Figures(rows, HexFormat.of().formatHex(fixed));
    }

    private static byte[] value(ResultSet rs, int i, int type) throws SQLException {
        String text = switch (type) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? null : String.valueOf(b);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long l = rs.getLong(i);
                yield rs.wasNull() ? null : String.valueOf(l);
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                java.math.BigDecimal d = rs.getBigDecimal(i);
                yield d == null ? null : d.stripTrailingZeros().toPlainString();
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double d = rs.getDouble(i);
                yield rs.wasNull() ? null : String.valueOf(d);
            }
            case Types.DATE -> {
                java.sql.Date d = rs.getDate(i);
                yield d == null ? null : d.toString();
            }
            case Types.TIMESTAMP -> {
                java.sql.Timestamp t = rs.getTimestamp(i);
                yield t == null ? null : toMicros(t).toString();
            }
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] b = rs.getBytes(i);
                yield b == null ? null : "0x" + HexFormat.of().formatHex(b);
            }
            default -> rs.getString(i);
        };
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A timestamp at PostgreSQL's precision, microseconds (Derby keeps nanoseconds): rounded half up, as the move
     * writes it, so that PostgreSQL stores it exactly.
     */
    static java.sql.Timestamp toMicros(java.sql.Timestamp t) {
        int nanos = t.getNanos();
        int rounded = (nanos + 500) / 1000 * 1000;
        if (rounded == nanos) {
            return t;
        }
        java.sql.Timestamp r = new java.sql.Timestamp(t.getTime() - nanos / 1_000_000 + (rounded >= 1_000_000_000 ? 1000 : 0));
        r.setNanos(rounded % 1_000_000_000);
        return r;
    }

    private static void update(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update((byte) 0xff);
            return;
        }
        int n = value.length;
        sha.update(new byte[] {0, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
