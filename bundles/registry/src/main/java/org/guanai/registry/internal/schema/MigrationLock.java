package org.guanai.registry.internal.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.guanai.registry.api.operations.MigrationLockDTO;

/**
 * Liquibase's migration lock, read and released with plain SQL ({@code DATABASECHANGELOGLOCK}, row 1): a
 * migration that crashes leaves it set, and every later one would wait for it. Unquoted names, so the same
 * statements find Derby's upper-case and PostgreSQL's lower-case table.
 */
final class MigrationLock {

    static final String TABLE = "DATABASECHANGELOGLOCK";

    private MigrationLock() {
    }

    /** The lock while someone holds it; {@code staleAfter} sets {@link MigrationLockDTO#staleAt}. */
    static Optional<MigrationLockDTO> held(Connection c, Duration staleAfter) throws SQLException {
        if (!tableExists(c)) {
            return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT LOCKED, LOCKGRANTED, LOCKEDBY FROM " + TABLE + " WHERE ID = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return Optional.empty();
            }
            Timestamp granted = rs.getTimestamp(2);
            MigrationLockDTO lock = new MigrationLockDTO();
            lock.grantedAt = granted == null ? Instant.EPOCH : granted.toInstant();
            lock.lockedBy = rs.getString(3);
            lock.staleAt = lock.grantedAt.plus(staleAfter);
            return Optional.of(lock);
        }
    }

    /** Clears the lock; true if it was held. */
    static boolean release(Connection c) throws SQLException {
        if (!tableExists(c)) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE " + TABLE + " SET LOCKED = ?, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1 AND LOCKED = ?")) {
            s.setBoolean(1, false);
            s.setBoolean(2, true);
            boolean released = s.executeUpdate() > 0;
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return released;
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, c.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
