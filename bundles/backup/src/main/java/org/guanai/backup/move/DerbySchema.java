package org.guanai.backup.move;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an embedded Derby schema holds, read from its catalog, and the PostgreSQL DDL that makes the same schema
 * the way Guanai's Liquibase migrations make it there: lower-case names, Liquibase's types for PostgreSQL
 * ({@code CLOB} is {@code TEXT}, {@code BLOB} {@code BYTEA}), every constraint, index and sequence under its own
 * name, and each sequence continuing where Derby's would.
 */
final class DerbySchema {

    record Table(String name, List<String> columns, List<String> primaryKey, String primaryKeyName) {
    }

    final String schema;
    final List<Table> tables = new ArrayList<>();
    /** DDL for the tables (columns, primary keys): before the rows. */
    final List<String> tableDdl = new ArrayList<>();
    /** DDL for unique constraints, indexes, foreign keys and sequences: after the rows. */
    final List<String> afterRowsDdl = new ArrayList<>();

    private DerbySchema(String schema) {
        this.schema = schema;
    }

    static DerbySchema read(Connection derby) throws SQLException {
        DerbySchema s = new DerbySchema(derby.getSchema());
        DatabaseMetaData meta = derby.getMetaData();
        Map<String, String> uniqueByIndex = uniqueConstraints(derby, s.schema);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, s.schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        for (String name : names) {
            s.table(meta, name, uniqueByIndex);
        }
        for (String name : names) {
            s.foreignKeys(meta, name);
        }
        s.sequences(derby);
        return s;
    }

    private void table(DatabaseMetaData meta, String name, Map<String, String> uniqueByIndex) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                columns.add(column);
                String def = q(column) + " " + type(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"));
                String dflt = rs.getString("COLUMN_DEF");
                if (dflt != null && !dflt.isBlank() && !dflt.startsWith("GENERATED")) {
                    def += " DEFAULT " + dflt.trim();
                }
                if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
                    def += " NOT NULL";
                }
                defs.add(def);
            }
        }
        Map<Short, String> key = new TreeMap<>();
        String keyName = null;
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                keyName = rs.getString("PK_NAME");
            }
        }
        if (!key.isEmpty()) {
            defs.add("CONSTRAINT " + q(keyName) + " PRIMARY KEY (" + list(key.values()) + ")");
        }
        tables.add(new Table(name, columns, new ArrayList<>(key.values()), keyName));
        tableDdl.add("CREATE TABLE " + q(name) + " (" + String.join(", ", defs) + ")");

        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> indexUnique = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, name, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                String asc = "D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : "";
                indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(q(column) + asc);
                indexUnique.put(index, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        for (Map.Entry<String, List<String>> index : indexColumns.entrySet()) {
            String constraint = uniqueByIndex.get(index.getKey());
            String columnsOf = String.join(", ", index.getValue());
            if (constraint != null) {
                afterRowsDdl.add("ALTER TABLE " + q(name) + " ADD CONSTRAINT " + q(constraint) + " UNIQUE (" + columnsOf + ")");
            } else if (!index.getKey().startsWith("SQL")) {
                // SQL… indexes back primary keys and foreign keys: PostgreSQL needs none of its own for them
                afterRowsDdl.add("CREATE " + (indexUnique.get(index.getKey()) ? "UNIQUE " : "") + "INDEX "
                        + q(index.getKey()) + " ON " + q(name) + " (" + columnsOf + ")");
            }
        }
    }

    private void foreignKeys(DatabaseMetaData meta, String name) throws SQLException {
        Map<String, List<String[]>> keys = new LinkedHashMap<>();
        Map<String, String> rules = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
            while (rs.next()) {
                String fk = rs.getString("FK_NAME");
                keys.computeIfAbsent(fk, k -> new ArrayList<>()).add(new String[] {
                    rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME")});
                rules.put(fk, rule("UPDATE", rs.getShort("UPDATE_RULE")) + rule("DELETE", rs.getShort("DELETE_RULE")));
            }
        }
        for (Map.Entry<String, List<String[]>> fk : keys.entrySet()) {
            List<String> from = new ArrayList<>();
            List<String> to = new ArrayList<>();
            fk.getValue().forEach(c -> {
                from.add(c[0]);
                to.add(c[2]);
            });
            afterRowsDdl.add("ALTER TABLE " + q(name) + " ADD CONSTRAINT " + q(fk.getKey()) + " FOREIGN KEY ("
                    + list(from) + ") REFERENCES " + q(fk.getValue().get(0)[1]) + " (" + list(to) + ")"
                    + rules.get(fk.getKey()));
        }
    }

    private static String rule(String on, short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> " ON " + on + " CASCADE";
            case DatabaseMetaData.importedKeySetNull -> " ON " + on + " SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> " ON " + on + " SET DEFAULT";
            default -> "";
        };
    }

    /** Derby's sequences, each starting on PostgreSQL at the value Derby would hand out next. */
    private void sequences(Connection derby) throws SQLException {
        String sql = "SELECT q.SEQUENCENAME, q.INCREMENT, q.MINIMUMVALUE, q.MAXIMUMVALUE, q.CYCLEOPTION, "
                + "SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE(s.SCHEMANAME, q.SEQUENCENAME) FROM SYS.SYSSEQUENCES q "
                + "JOIN SYS.SYSSCHEMAS s ON q.SCHEMAID = s.SCHEMAID WHERE s.SCHEMANAME = ? ORDER BY q.SEQUENCENAME";
        try (PreparedStatement p = derby.prepareStatement(sql)) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long next = rs.getLong(6);
                    afterRowsDdl.add("CREATE SEQUENCE " + q(rs.getString(1)) + " AS BIGINT INCREMENT BY " + rs.getLong(2)
                            + " MINVALUE " + Math.min(rs.getLong(3), next) + " MAXVALUE " + rs.getLong(4)
                            + " START WITH " + next + ("Y".equals(rs.getString(5)) ? " CYCLE" : " NO CYCLE"));
                }
            }
        }
    }

    /** Unique constraints by the name of the index that backs them (Derby names those indexes SQL…). */
    private static Map<String, String> uniqueConstraints(Connection derby, String schema) throws SQLException {
        String sql = "SELECT g.CONGLOMERATENAME, c.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS c "
                + "JOIN SYS.SYSKEYS k ON c.CONSTRAINTID = k.CONSTRAINTID "
                + "JOIN SYS.SYSCONGLOMERATES g ON k.CONGLOMERATEID = g.CONGLOMERATEID "
                + "JOIN SYS.SYSSCHEMAS s ON c.SCHEMAID = s.SCHEMAID WHERE c.TYPE = 'U' AND s.SCHEMANAME = ?";
        Map<String, String> byIndex = new HashMap<>();
        try (PreparedStatement p = derby.prepareStatement(sql)) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    byIndex.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return byIndex;
    }

    /** The PostgreSQL type Liquibase gives a column of this Derby type. */
    static String type(int sqlType, String typeName, int size, int digits) {
        return switch (sqlType) {
            case Types.BIGINT -> "BIGINT";
            case Types.INTEGER -> "INTEGER";
            case Types.SMALLINT, Types.TINYINT -> "SMALLINT";
            case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
            case Types.DECIMAL, Types.NUMERIC -> "NUMERIC(" + size + "," + digits + ")";
            case Types.REAL -> "REAL";
            case Types.DOUBLE, Types.FLOAT -> "DOUBLE PRECISION";
            case Types.DATE -> "DATE";
            case Types.TIME -> "TIME WITHOUT TIME ZONE";
            case Types.TIMESTAMP -> "TIMESTAMP WITHOUT TIME ZONE";
            case Types.VARCHAR, Types.LONGVARCHAR -> "VARCHAR(" + size + ")";
            case Types.CHAR -> "CHAR(" + size + ")";
            case Types.CLOB, Types.NCLOB -> "TEXT";
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> "BYTEA";
            default -> throw new IllegalArgumentException("column type " + typeName + " has no PostgreSQL counterpart here");
        };
    }

    /** A Derby name as PostgreSQL's Liquibase writes it: lower case (quoted, so a reserved word stays a name). */
    static String q(String name) {
        return '"' + name.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }

    private static String list(Iterable<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(q(n)));
        return String.join(", ", quoted);
    }
}
