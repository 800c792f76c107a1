package org.guanai.registry.internal.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.guanai.backup.Databases;
import org.osgi.service.jdbc.DataSourceFactory;

/** Opens embedded Derby databases by folder through the Derby DataSourceFactory (pax-jdbc-derby). */
final class OsgiDerbyDatabases implements Databases {

    private final DataSourceFactory derby;

    OsgiDerbyDatabases(DataSourceFactory derby) {
        this.derby = derby;
    }

    @Override
    public Connection open(Path folder) throws SQLException {
        return connect(folder, "");
    }

    /** Creates the database in {@code folder} (which must not exist) and returns a connection to it. */
    Connection create(Path folder) throws SQLException {
        return connect(folder, ";create=true");
    }

    @Override
    public void shutdown(Path folder) {
        try {
            connect(folder, ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a database shut down as SQLState 08006
        }
    }

    private Connection connect(Path folder, String attributes) throws SQLException {
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, "jdbc:derby:" + folder.toAbsolutePath() + attributes);
        return derby.createDataSource(p).getConnection();
    }
}
