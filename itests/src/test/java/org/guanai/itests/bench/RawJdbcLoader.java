package org.guanai.itests.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of the import benchmark, and the fast loader of the REST benchmark: roster rows
 * inserted with plain JDBC batches into the registry's own Derby schema (the one Liquibase created
 * when the distribution booted), with the embedded Derby driver of the same version, while the
 * distribution is stopped; or, with {@code -Dbench.db=postgres}, into the registry's PostgreSQL database. Ids come from the registry's sequences 50 at a time, as EclipseLink takes
 * them, so the platform can go on creating records afterwards.
 *
 * <p>Columns other branches add: a household-key column on {@code households} (any column whose
 * name contains {@code KEY}) gets the roster's 户编号; any other NOT NULL column this class does not
 * know makes it fail naming the column, so the insert is adapted in one place ({@link #HOUSEHOLD_SQL}
 * and friends).
 */
final class RawJdbcLoader implements AutoCloseable {
    private static final int CHUNK_HOUSEHOLDS = 500;

    private static final List<String> HOUSEHOLD_COLUMNS = List.of("ID", "VERSION", "VILLAGE_CODE", "TOWNSHIP_CODE", "ADDRESS",
            "HEAD_NAME", "CONTACT_PHONE", "HARDSHIP", "STATUS", "CREATED_AT", "UPDATED_AT");
    private static final String HOUSEHOLD_SQL = "INSERT INTO households (id, version, village_code, township_code, address, "
            + "head_name, contact_phone, hardship, status, created_at, updated_at%s) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?%s)";
    private static final String MIGRANT_SQL = "INSERT INTO migrant_members (id, household_id, name, relation, work_province, "
            + "work_city, employer, phone, away_since, home_frequency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final List<String> PERSON_COLUMNS = List.of("ID", "VERSION", "NAME", "GENDER", "ID_NUMBER", "BIRTH_DATE",
            "PHONE", "HOUSEHOLD_ID", "VILLAGE_CODE", "TOWNSHIP_CODE", "IS_WOMAN", "IS_CHILD", "IS_ELDERLY", "SCHOOL_STAGE",
            "NOTES", "STATUS", "CREATED_AT", "UPDATED_AT");
    private static final String PERSON_SQL = "INSERT INTO persons (id, version, name, gender, id_number, birth_date, phone, "
            + "household_id, village_code, township_code, is_woman, is_child, is_elderly, school_stage, notes, status, "
            + "created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)";
    private static final List<String> GUARDIANSHIP_COLUMNS = List.of("ID", "VERSION", "CHILD_ID", "GUARDIAN_ID", "RELATION",
            "CAPACITY", "CONTACT_PHONE", "STATUS", "CREATED_AT", "UPDATED_AT");
    private static final String GUARDIANSHIP_SQL = "INSERT INTO guardianships (id, version, child_id, guardian_id, relation, "
            + "capacity, contact_phone, status, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)";

    /** What one load inserted. */
    static final class Loaded {
        int households;
        int persons;
        int migrants;
        int guardianships;
        int guardiansNotFound;
        final List<Long> personIds = new ArrayList<>();
    }

    private final String url;
    private final Connection db;
    private final boolean postgres;
    private final Map<String, long[]> idBlocks = new HashMap<>();

    private RawJdbcLoader(String url) throws SQLException {
        this(url, DriverManager.getConnection(url), false);
    }

    private RawJdbcLoader(String url, Connection db, boolean postgres) throws SQLException {
        this.url = url;
        this.db = db;
        this.postgres = postgres;
        db.setAutoCommit(false);
    }

    /**
     * Opens a registry database on PostgreSQL (the distribution may run meanwhile, but the benchmarks load while it
     * is stopped, as on Derby). The same INSERTs, sent as multi-row statements ({@code reWriteBatchedInserts}).
     */
    static RawJdbcLoader open(BenchPostgres server, String database) throws SQLException {
        return new RawJdbcLoader(server.url(database), server.connect(database), true);
    }

    /** Opens the distribution's (stopped) Derby database, embedded in this JVM. */
    static RawJdbcLoader open(Path derbyDatabase) throws SQLException {
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", BenchSettings.WORK.resolve("derby.log").toString());
        }
        return new RawJdbcLoader("jdbc:derby:" + derbyDatabase);
    }

    Loaded load(Roster roster) throws SQLException {
        Map<String, String> villageByName = new HashMap<>();
        Map<String, String> townshipByName = new HashMap<>();
        Set<String> codes = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT code, name, parent_code FROM divisions")) {
            while (r.next()) {
                codes.add(r.getString(1));
                (r.getString(1).length() == 12 ? villageByName : townshipByName).put(
                        r.getString(1).length() == 12 ? r.getString(3) + "/" + r.getString(2) : r.getString(2), r.getString(1));
            }
        }
        String keyColumn = checkColumns("HOUSEHOLDS", HOUSEHOLD_COLUMNS, true);
        checkColumns("PERSONS", PERSON_COLUMNS, false);
        checkColumns("GUARDIANSHIPS", GUARDIANSHIP_COLUMNS, false);
        String householdSql = keyColumn == null ? String.format(HOUSEHOLD_SQL, "", "")
                : String.format(HOUSEHOLD_SQL, ", " + keyColumn, ", ?");

        Loaded loaded = new Loaded();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Map<String, Long> personIdByNumber = new HashMap<>();
        List<Object[]> pendingGuardianships = new ArrayList<>();
        try (PreparedStatement hh = db.prepareStatement(householdSql);
             PreparedStatement mm = db.prepareStatement(MIGRANT_SQL);
             PreparedStatement pp = db.prepareStatement(PERSON_SQL);
             PreparedStatement division = db.prepareStatement(
                     "INSERT INTO divisions (code, name, level, parent_code) VALUES (?, ?, ?, ?)")) {
            int inChunk = 0;
            for (Roster.Household h : roster.households) {
                String township = h.township != null && h.township.matches("\\d{9}") ? h.township : townshipByName.get(h.township);
                String village = h.village != null && h.village.matches("\\d{12}") ? h.village
                        : villageByName.get(township + "/" + h.village);
                if (township == null || village == null) {
                    throw new IllegalArgumentException("household " + h.key + ": unknown division " + h.township + " / " + h.village);
                }
                for (String[] d : new String[][] {{township, "TOWNSHIP", township.substring(0, 6)}, {village, "VILLAGE", township}}) {
                    if (codes.add(d[0])) {   // a division the roster names but the list does not have (generator's own codes)
                        division.setString(1, d[0]);
                        division.setString(2, d[0]);
                        division.setString(3, d[1]);
                        division.setString(4, d[2]);
                        division.executeUpdate();
                    }
                }
                long householdId = nextId("households_seq");
                int i = 1;
                hh.setLong(i++, householdId);
                hh.setString(i++, village);
                hh.setString(i++, township);
                hh.setString(i++, h.address);
                hh.setString(i++, h.headName);
                hh.setString(i++, h.phone);
                hh.setBoolean(i++, h.hardship);
                hh.setTimestamp(i++, now);
                hh.setTimestamp(i++, now);
                if (keyColumn != null) {
                    hh.setString(i, h.key);
                }
                hh.addBatch();
                loaded.households++;
                for (Roster.Migrant g : h.migrants) {
                    mm.setLong(1, nextId("migrant_members_seq"));
                    mm.setLong(2, householdId);
                    mm.setString(3, g.name);
                    mm.setString(4, g.relation);
                    mm.setString(5, g.province);
                    mm.setString(6, g.city);
                    mm.setString(7, g.employer);
                    mm.setString(8, g.phone);
                    mm.setDate(9, g.awaySince == null ? null : Date.valueOf(g.awaySince));
                    mm.setString(10, g.homeFrequency);
                    mm.addBatch();
                    loaded.migrants++;
                }
                for (Roster.Member m : h.members) {
                    long personId = nextId("persons_seq");
                    pp.setLong(1, personId);
                    pp.setString(2, m.name);
                    pp.setString(3, m.gender);
                    pp.setString(4, m.idNumber);
                    pp.setDate(5, Date.valueOf(m.birthDate()));
                    pp.setString(6, m.phone);
                    pp.setLong(7, householdId);
                    pp.setString(8, village);
                    pp.setString(9, township);
                    pp.setBoolean(10, m.categories.contains("LEFT_BEHIND_WOMAN"));
                    pp.setBoolean(11, m.categories.contains("LEFT_BEHIND_CHILD"));
                    pp.setBoolean(12, m.categories.contains("LEFT_BEHIND_ELDERLY"));
                    pp.setString(13, m.schoolStage);
                    if (m.notes == null) {
                        pp.setNull(14, Types.VARCHAR);
                    } else {
                        pp.setString(14, m.notes);
                    }
                    pp.setTimestamp(15, now);
                    pp.setTimestamp(16, now);
                    pp.addBatch();
                    personIdByNumber.put(m.idNumber, personId);
                    loaded.personIds.add(personId);
                    loaded.persons++;
                    if (m.guardianIdNumber != null) {
                        pendingGuardianships.add(new Object[] {personId, m});
                    }
                }
                if (++inChunk == CHUNK_HOUSEHOLDS) {
                    flush(hh, mm, pp);
                    inChunk = 0;
                }
            }
            flush(hh, mm, pp);
        }
        try (PreparedStatement gg = db.prepareStatement(GUARDIANSHIP_SQL);
             PreparedStatement find = db.prepareStatement("SELECT id FROM persons WHERE id_number = ?")) {
            int inBatch = 0;
            for (Object[] pending : pendingGuardianships) {
                Roster.Member child = (Roster.Member) pending[1];
                Long guardian = personIdByNumber.get(child.guardianIdNumber);
                if (guardian == null) {
                    find.setString(1, child.guardianIdNumber);
                    try (ResultSet r = find.executeQuery()) {
                        guardian = r.next() ? r.getLong(1) : null;
                    }
                }
                if (guardian == null) {
                    loaded.guardiansNotFound++;
                    continue;
                }
                gg.setLong(1, nextId("guardianships_seq"));
                gg.setLong(2, (Long) pending[0]);
                gg.setLong(3, guardian);
                gg.setString(4, child.guardianRelation == null ? "OTHER_RELATIVE" : child.guardianRelation);
                gg.setString(5, child.guardianCapacity == null ? "GOOD" : child.guardianCapacity);
                gg.setString(6, child.guardianPhone);
                gg.setTimestamp(7, now);
                gg.setTimestamp(8, now);
                gg.addBatch();
                loaded.guardianships++;
                if (++inBatch == 2000) {
                    gg.executeBatch();
                    db.commit();
                    inBatch = 0;
                }
            }
            gg.executeBatch();
            db.commit();
        }
        return loaded;
    }

    private void flush(PreparedStatement hh, PreparedStatement mm, PreparedStatement pp) throws SQLException {
        hh.executeBatch();
        mm.executeBatch();
        pp.executeBatch();
        db.commit();
    }

    /** Ids as EclipseLink takes them from a sequence stepping by 50: one NEXT VALUE per 50 ids, the value being the last. */
    private long nextId(String sequence) throws SQLException {
        long[] block = idBlocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            String next = postgres ? "SELECT nextval('" + sequence + "')" : "VALUES NEXT VALUE FOR " + sequence;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(next)) {
                r.next();
                long last = r.getLong(1);
                block = new long[] {last - 49, last};
                idBlocks.put(sequence, block);
            }
        }
        return block[0]++;
    }

    /** Fails on a NOT NULL column without default this loader does not fill; returns a household-key column if there is one. */
    private String checkColumns(String table, List<String> known, boolean findKey) throws SQLException {
        String key = null;
        List<String> unknown = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = r.getMetaData();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                String name = md.getColumnName(c).toUpperCase();
                if (findKey && name.contains("KEY")) {
                    key = name;
                } else if (!known.contains(name) && md.isNullable(c) == ResultSetMetaData.columnNoNulls && !hasDefault(table, name)) {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("RawJdbcLoader does not fill " + table + "." + unknown
                    + " (a newer schema): add the column to its INSERT");
        }
        return key;
    }

    private boolean hasDefault(String table, String column) throws SQLException {
        // PostgreSQL's catalog holds unquoted names in lower case, Derby's in upper case
        try (ResultSet r = postgres ? db.getMetaData().getColumns(null, null, table.toLowerCase(), column.toLowerCase())
                : db.getMetaData().getColumns(null, null, table, column)) {
            return r.next() && r.getString("COLUMN_DEF") != null;
        }
    }

    /** Closes the connection and shuts the database down, so the distribution can open it. */
    @Override
    public void close() throws SQLException {
        if (postgres) {
            db.close();
            return;
        }
        try {
            db.close();
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                if (!"08006".equals(expected.getSQLState())) {
                    throw expected;
                }
            }
        }
    }
}
