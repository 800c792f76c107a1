package org.guanai.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** {@link Databases} through Derby's embedded driver on the class path (the restore tool, tests). */
public final class DriverDatabases implements Databases {

    @Override
    public Connection open(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + folder.toAbsolutePath());
    }

    @Override
    public void shutdown(Path folder) {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a database shut down as SQLState 08006
        }
    }
}
