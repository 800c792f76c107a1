package org.guanai.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens embedded Derby databases by folder: inside Karaf through the Derby DataSourceFactory, in the restore
 * tool and tests through Derby's driver on the class path.
 */
public interface Databases {

    /** A connection to the existing database in {@code folder}; never creates one. */
    Connection open(Path folder) throws SQLException;

    /** Shuts the database in {@code folder} down, so its files can be moved. */
    void shutdown(Path folder);
}
