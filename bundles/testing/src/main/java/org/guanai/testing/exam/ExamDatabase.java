package org.guanai.testing.exam;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.guanai.testing.TestPostgres;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;

/**
 * The container's database: embedded Derby in its data home, as shipped; with {@code -Dguanai.itest.db=postgres} a
 * new database of the tests' PostgreSQL ({@link TestPostgres}: {@code .ci/postgres} starts one), switched to as a
 * county would, by editing {@code etc/org.ops4j.datasource-guanai.cfg} alone. Runs in the test driver only (the
 * container has no PostgreSQL driver on the probe's class path); the container sees the choice as the system
 * property of the same name.
 */
final class ExamDatabase {

    private ExamDatabase() {
    }

    static Option option(String property) {
        if (!TestPostgres.selected(property)) {
            return CoreOptions.composite();
        }
        TestPostgres.Database db = TestPostgres.server().createDatabase("guanai_it");
        String cfg = "etc/org.ops4j.datasource-guanai.cfg";
        return CoreOptions.composite(
                editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(cfg, "url", TestPostgres.cfgUrl(db.url())),
                editConfigurationFilePut(cfg, "user", db.user()),
                editConfigurationFilePut(cfg, "password", db.password()),
                systemProperty(property).value("postgres"));
    }
}
