package org.guanai.registry.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a module's changelog is, as one SHA-256: the changelog and every file it includes, read as the migration
 * reads them. Kept per module in {@code schema_fingerprints} (registry changeset 011) once a migration has applied
 * it, so that a start with the same changelog knows its schema is complete without Liquibase parsing, validating and
 * comparing every changeset again (about two seconds per module on each start; issue #15).
 *
 * <p>Any change to a changelog file changes the fingerprint and the migration runs as before. So does a database
 * without the table (an older release's, a backup's, one moved to PostgreSQL) or without the module's row.
 * A changelog whose includes cannot be followed ({@code includeAll}, a file that is not there) has no fingerprint:
 * Liquibase always runs for it.
 */
final class SchemaFingerprint {

    static final String TABLE = "schema_fingerprints";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaFingerprint.class);
    private static final Pattern INCLUDE = Pattern.compile("<include\\s[^>]*?file\\s*=\\s*\"([^\"]+)\"[^>]*>");
    private static final Pattern RELATIVE = Pattern.compile("relativeToChangelogFile\\s*=\\s*\"true\"");
    private static final int MAX_DEPTH = 8;

    private SchemaFingerprint() {
    }

    /** The changelog's fingerprint, or null when it cannot be taken (Liquibase then runs). */
    static String of(String changelog, ClassLoader resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return add(digest, changelog, resources, 0) ? HexFormat.of().formatHex(digest.digest()) : null;
        } catch (NoSuchAlgorithmException | IOException e) {
            LOG.debug("No fingerprint for {}", changelog, e);
            return null;
        }
    }

    private static boolean add(MessageDigest digest, String path, ClassLoader resources, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                return false;
            }
            bytes = in.readAllBytes();
        }
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("<includeAll")) {
            return false;
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            String file = include.group(1);
            String resolved = RELATIVE.matcher(include.group()).find() ? folder + file : file;
            if (!add(digest, resolved, resources, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The fingerprint the module's last migration recorded; null if none (or no table yet). */
    static String stored(Connection connection, String moduleId) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT fingerprint FROM " + TABLE + " WHERE module_id = ?")) {
            s.setString(1, moduleId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            // an older schema without the table: the migration runs and creates it
            LOG.debug("No schema fingerprint for {}", moduleId, e);
            rollbackQuietly(connection);
            return null;
        }
    }

    /** Records the fingerprint a migration has just applied; a failure only costs the next start a Liquibase run. */
    static void store(Connection connection, String moduleId, String fingerprint) {
        if (fingerprint == null) {
            return;
        }
        try {
            Timestamp now = Timestamp.from(Instant.now());
            int updated;
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE " + TABLE + " SET fingerprint = ?, recorded_at = ? WHERE module_id = ?")) {
                s.setString(1, fingerprint);
                s.setTimestamp(2, now);
                s.setString(3, moduleId);
                updated = s.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO " + TABLE + " (module_id, fingerprint, recorded_at) VALUES (?, ?, ?)")) {
                    s.setString(1, moduleId);
                    s.setString(2, fingerprint);
                    s.setTimestamp(3, now);
                    s.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // e.g. a module migrated before the registry's changeset 011 made the table: next start runs Liquibase
            LOG.debug("Schema fingerprint of {} not recorded", moduleId, e);
            rollbackQuietly(connection);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("Rollback after a fingerprint statement failed", e);
        }
    }
}
