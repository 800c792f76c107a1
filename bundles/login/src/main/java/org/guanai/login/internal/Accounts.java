package org.guanai.login.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;

/**
 * What the realm's users file (etc/users.properties) says about a name: whether such an account exists, and
 * the hash of some real account, which a check for an unknown name verifies instead, to take as long as a
 * wrong password does. Read again when the file changes.
 */
final class Accounts {
    private static final String GROUP_PREFIX = "_g_:";
    private static final String MARK = "{CRYPT}";

    private final Path file;
    private final String fallbackHash;
    private long readModified = Long.MIN_VALUE;
    private long readSize = -1;
    private Properties users = new Properties();
    private String someHash;

    /** @param fallbackHash an Argon2 string at the realm's parameters, for a file with no hashed account */
    Accounts(Path file, String fallbackHash) {
        this.file = file;
        this.fallbackHash = fallbackHash;
    }

    /** Whether an account of that name may log in with a password (group entries may not). */
    synchronized boolean exists(String name) {
        refresh();
        return name != null && !name.startsWith(GROUP_PREFIX) && users.containsKey(name);
    }

    /** An Argon2 string of a real account (so its parameters are the accounts'), or the fallback. */
    synchronized String someHash() {
        refresh();
        return someHash != null ? someHash : fallbackHash;
    }

    private void refresh() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().toMillis();
            if (modified == readModified && a.size() == readSize) {
                return;
            }
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                read.load(in);
            }
            users = read;
            someHash = null;
            for (String name : read.stringPropertyNames()) {
                String stored = read.getProperty(name).split(",", 2)[0].strip();
                if (!name.startsWith(GROUP_PREFIX) && stored.startsWith(MARK) && stored.endsWith(MARK)
                        && stored.length() > 2 * MARK.length()) {
                    String inner = stored.substring(MARK.length(), stored.length() - MARK.length());
                    String hex = GuanaiEncryption.decode(inner, false);
                    someHash = hex != null ? hex : GuanaiEncryption.decode(inner, true);
                    if (someHash != null) {
                        break;
                    }
                }
            }
            readModified = modified;
            readSize = a.size();
        } catch (IOException e) {
            // no file (yet): no account exists; the fallback hash keeps the timing
            users = new Properties();
            someHash = null;
        }
    }
}
