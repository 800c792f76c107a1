package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.guanai.testing.exam.Api;
import org.guanai.testing.exam.GuanaiTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.util.Filter;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The Pax Exam suite's core on PostgreSQL (the CI's PostgreSQL lane, {@code -Ppostgres-lane}, which sets
 * {@code guanai.itest.db=postgres}): the distribution switched to a new PostgreSQL database by its DataSource cfg
 * alone, then the registry's round trip with 412 and bad input, the audit trail, a module installed, used, removed
 * and installed again, and a roster import from GBK CSV, UTF-8 CSV and XLSX. The very tests of CoreIT, AuditIT,
 * HealthModuleIT and RosterIT, in one container instead of four (each boot costs 30-40 s of CI).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresLaneIT extends GuanaiTestSupport {

    @Inject
    private FeaturesService features;

    @Inject
    @Filter("(dataSourceName=guanai)")
    private DataSource dataSource;

    @Test
    public void theContainerRunsOnPostgres() throws Exception {
        assertTrue("run with -Dguanai.itest.db=postgres (mvn -Ppostgres-lane)", onPostgres());
        String schema = console("registry:schema");
        assertTrue(schema, schema.contains("READY"));
        assertEquals(200, api().withoutCredentials().get("/status").status);
        // the JDBC driver behind the DataSource is PostgreSQL's: Guanai's cfg switch took, not Derby's default
        assertTrue(features.isInstalled(features.getFeature("pax-jdbc-postgresql")));
        String ds = console("jdbc:ds-info guanai");
        assertTrue(ds, ds.contains("PostgreSQL"));
        // changeset 010, PostgreSQL's only: the name-prefix index with its pattern operator class was built here
        // inside Karaf (a raw-SQL changeset once left the migrations unfinished, with nothing in karaf.log)
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT indexdef FROM pg_indexes WHERE indexname = ?")) {
            s.setString(1, "ix_persons_name_pattern");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue("ix_persons_name_pattern was not created", rs.next());
                assertTrue(rs.getString(1), rs.getString(1).contains("varchar_pattern_ops"));
            }
        }
    }

    @Test
    public void backupsRefuseNamingPgDump() throws Exception {
        Api.Reply refused = api().post("/backups", java.util.Map.of());
        assertEquals(refused.body, 409, refused.status);
        assertTrue(refused.body, refused.body.contains("pg_dump"));
        String console = console("registry:backup");
        assertTrue(console, console.contains("pg_dump"));
    }

    @Test
    public void registryRoundTripWith428And412() {
        new CoreIT().restRoundTripCreateReadUpdateEnd();
    }

    @Test
    public void badInputIsProblemJsonAndWritesNothing() {
        new CoreIT().badInputIsProblemJsonNamingTheFieldAndWritesNothing();
    }

    @Test
    public void aWriteLeavesAnAuditRow() {
        new AuditIT().aWriteOverRestLeavesARowWithMaskedBeforeAndAfter();
    }

    @Test
    public void healthModuleInstallUseUninstallReinstall() throws Exception {
        new HealthModuleIT().in(features, sessionFactory).installUseUninstallReinstall();
    }

    @Test
    public void rosterImportFromGbkUtf8AndXlsx() throws Exception {
        new RosterIT().aCountysChildrensRosterImportsAsItIsFromGbkCsvUtf8CsvAndXlsx();
    }
}
