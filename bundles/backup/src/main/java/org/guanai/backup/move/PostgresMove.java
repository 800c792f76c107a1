package org.guanai.backup.move;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.guanai.backup.ToolText;

/**
 * Copies every table of a Derby database (the registry, every module's tables installed or not, the audit trail,
 * Liquibase's DATABASECHANGELOG so no migration runs again) into an empty PostgreSQL database, in one transaction
 * there, and checks each table's rows and {@link PortableDigest checksum} on both sides before it commits. The
 * target must hold no table and no sequence: the move never merges into or overwrites data. Timestamps keep
 * PostgreSQL's precision, the microsecond (Derby keeps nanoseconds).
 */
public final class PostgresMove {

    private static final int BATCH = 1000;

    /** One table's figures on both sides. */
    public record Checked(String table, long rows, String derbyChecksum, String postgresChecksum) {
        public boolean same() {
            return derbyChecksum.equals(postgresChecksum);
        }
    }

    /** Thrown, with nothing committed, when the target is not empty or a table differs after the copy. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Checked> checked;

        Refused(String message, List<Checked> checked) {
            super(message);
            this.checked = checked;
        }

        public List<Checked> checked() {
            return checked;
        }
    }

    private PostgresMove() {
    }

    /** {@link #copy(Connection, Connection, PrintStream, ToolText)} saying so in Chinese. */
    public static List<Checked> copy(Connection derby, Connection postgres, PrintStream out) throws SQLException, Refused {
        return copy(derby, postgres, out, ToolText.CHINESE);
    }

    /**
     * Copies {@code derby}'s current schema into {@code postgres}'s; progress lines go to {@code out}, they and a
     * refusal in {@code text}'s language.
     */
    public static List<Checked> copy(Connection derby, Connection postgres, PrintStream out, ToolText text)
            throws SQLException, Refused {
        List<String> present = existing(postgres);
        if (!present.isEmpty()) {
            throw new Refused(text.say("move.notEmpty", String.join(", ", present.subList(0, Math.min(5, present.size())))
                    + (present.size() > 5 ? ", …" : "")), List.of());
        }
        DerbySchema schema = DerbySchema.read(derby);
        boolean autoCommit = postgres.getAutoCommit();
        postgres.setAutoCommit(false);
        try {
            execute(postgres, schema.tableDdl);
            List<Checked> checked = new ArrayList<>();
            for (DerbySchema.Table table : schema.tables) {
                long rows = rows(derby, postgres, schema.schema, table);
                out.println(text.say("move.copied", String.format(Locale.ROOT, "%-28s %,12d", table.name(), rows)));
            }
            execute(postgres, schema.afterRowsDdl);
            for (DerbySchema.Table table : schema.tables) {
                PortableDigest.Figures from = PortableDigest.of(derby, "\"" + schema.schema + "\".\"" + table.name() + "\"");
                PortableDigest.Figures to = PortableDigest.of(postgres, DerbySchema.q(table.name()));
                if (from.rows() != to.rows()) {
                    throw new Refused(text.say("move.rowsDiffer", table.name(), from.rows(), to.rows()), checked);
                }
                checked.add(new Checked(table.name(), from.rows(), from.checksum(), to.checksum()));
            }
            if (checked.stream().anyMatch(c -> !c.same())) {
                throw new Refused(text.say("move.checksumDiffers"), checked);
            }
            postgres.commit();
            return Collections.unmodifiableList(checked);
        } catch (SQLException | Refused | RuntimeException e) {
            postgres.rollback();
            throw e;
        } finally {
            postgres.setAutoCommit(autoCommit);
        }
    }

    /** The tables and sequences of the target's current schema. */
    static List<String> existing(Connection postgres) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = postgres.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S', 'v') "
                + "ORDER BY c.relname"); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void execute(Connection postgres, List<String> ddl) throws SQLException {
        try (Statement s = postgres.createStatement()) {
            for (String statement : ddl) {
                s.execute(statement);
            }
        }
    }

    private static long rows(Connection derby, Connection postgres, String schema, DerbySchema.Table table)
            throws SQLException {
        List<String> columns = table.columns();
        String select = "SELECT * FROM \"" + schema + "\".\"" + table.name() + "\"";
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(DerbySchema.q(c)));
        String insert = "INSERT INTO " + DerbySchema.q(table.name()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (Statement s = derby.createStatement(); PreparedStatement p = postgres.prepareStatement(insert)) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery(select)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        int type = meta.getColumnType(i);
                        if (type == java.sql.Types.CLOB || type == java.sql.Types.NCLOB) {
                            p.setString(i, rs.getString(i));
                        } else if (type == java.sql.Types.TIMESTAMP) {
                            java.sql.Timestamp t = rs.getTimestamp(i);
                            p.setTimestamp(i, t == null ? null : PortableDigest.toMicros(t));
                        } else if (type == java.sql.Types.BLOB) {
                            p.setBytes(i, rs.getBytes(i));
                        } else {
                            Object value = rs.getObject(i);
                            if (value == null) {
                                p.setNull(i, type == java.sql.Types.BOOLEAN ? java.sql.Types.BOOLEAN : type);
                            } else {
                                p.setObject(i, value);
                            }
                        }
                    }
                    p.addBatch();
                    if (++rows % BATCH == 0) {
                        p.executeBatch();
                    }
                }
            }
            p.executeBatch();
        }
        return rows;
    }
}
