package org.guanai.testing.exam;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.UUID;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.guanai.passwords.PasswordHasher;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Base of a Pax Exam test of Guanai, the platform's or a module's: boots the distribution this build made (not a
 * copy from ~/.m2, system property {@code guanai.distribution}), on free ports, with one throw-away admin account and
 * one account per role whose password exists only for this run; REST ({@link #api()}, {@link #apiAs}) and console
 * ({@link #console}, {@link #consoleAs}) as those users.
 *
 * <p>Pax Exam's probe carries the test's own classes only: a test project unpacks this package into its test
 * classes (maven-dependency-plugin, as Guanai's itests and the module archetype's do).
 */
public abstract class GuanaiTestSupport {
    protected static final String USER = "itest";
    /** One account per Guanai role (user name = role), plus one with no Guanai role at all and one to lock out. */
    protected static final String[] ROLE_USERS = {"county", "township", "health", "legal", "stats", "nobody", "lockme"};
    /** A township and a village of the tests' county (see {@link #county()}). */
    protected static final String TOWNSHIP = "430621100";
    protected static final String VILLAGE = "430621100201";
    /** {@code postgres} runs the containers on PostgreSQL (see {@link ExamDatabase}). */
    protected static final String DB_PROPERTY = "guanai.itest.db";

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() throws IOException {
        String password = UUID.randomUUID().toString();
        int http = freePort();
        int ssh = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("guanai.distribution")).toURI().toString())
                    .name("Guanai")
                    .unpackDirectory(new File("target/exam"))
                    // Test bundles go in at startup, not through deploy/ while the boot features
                    // install: a hot deploy in the middle of boot makes the features service
                    // refresh bundles as they start, and the container comes up broken.
                    .useDeployFolder(false),
            remoteShell() ? configureConsole().ignoreLocalConsole().startRemoteShell()
                    : configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            // a data home of its own inside the unpacked container (the default, beside it, would be shared by all)
            editConfigurationFilePut("etc/system.properties", "guanai.data", "${karaf.home}/guanai-data"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/users.properties", USER, hash(password) + ",_g_:admingroup"),
            roleUsers(password),
            county(),
            ExamDatabase.option(DB_PROPERTY),
            systemProperty("guanai.itest.http.port").value(String.valueOf(http)),
            systemProperty("guanai.itest.ssh.port").value(String.valueOf(ssh)),
            systemProperty("guanai.itest.password").value(password),
            moduleFeatures(),
            mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version", "4.2.2")),
            mavenRepository(),
            mavenBundle(maven("org.hamcrest", "hamcrest").version("2.1")),
        };
    }

    /**
     * The county the container serves: a shipped distribution serves none until one is set up, so a test run
     * names its county's configuration and division list (system properties {@code guanai.itest.county.cfg} and
     * {@code guanai.itest.county.divisions}, set by the build), and they go into etc/ before the first start.
     */
    private static Option county() {
        String cfg = System.getProperty("guanai.itest.county.cfg");
        String divisions = System.getProperty("guanai.itest.county.divisions");
        if (cfg == null || divisions == null) {
            // a module's own build (the archetype's sample): the county of TOWNSHIP and VILLAGE, from a list of its own
            return CoreOptions.composite(
                    editConfigurationFilePut("etc/org.guanai.registry.cfg", "county.code", TOWNSHIP.substring(0, 6)),
                    editConfigurationFilePut("etc/org.guanai.registry.cfg", "divisions.csv", "${karaf.etc}/guanai-divisions.csv"),
                    replaceConfigurationFile("etc/guanai-divisions.csv", sampleDivisions()));
        }
        return CoreOptions.composite(
                replaceConfigurationFile("etc/org.guanai.registry.cfg", new File(cfg)),
                replaceConfigurationFile("etc/guanai-divisions.csv", new File(divisions)));
    }

    /** Whether this run's containers use PostgreSQL (the Pax Exam suite's PostgreSQL lane). */
    protected static boolean onPostgres() {
        return "postgres".equals(System.getProperty(DB_PROPERTY));
    }

    /** TOWNSHIP and VILLAGE as a division list, written in the test driver for the container's etc/. */
    private static File sampleDivisions() {
        try {
            File file = File.createTempFile("guanai-divisions", ".csv");
            file.deleteOnExit();
            java.nio.file.Files.writeString(file.toPath(), "code,name,parent_code\n" + TOWNSHIP + ",荣家湾镇,"
                    + TOWNSHIP.substring(0, 6) + "\n" + VILLAGE + ",古洲湾村," + TOWNSHIP + "\n");
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether the container runs the SSH console (a test that logs in over SSH says so). */
    protected boolean remoteShell() {
        return false;
    }

    private static Option roleUsers(String password) {
        Option[] users = new Option[ROLE_USERS.length];
        for (int i = 0; i < ROLE_USERS.length; i++) {
            String role = ROLE_USERS[i].equals("nobody") ? "ssh" : ROLE_USERS[i].equals("lockme") ? "county" : ROLE_USERS[i];
            users[i] = editConfigurationFilePut("etc/users.properties", ROLE_USERS[i],
                    hash(password) + "," + role);
        }
        return org.ops4j.pax.exam.CoreOptions.composite(users);
    }

    /**
     * The features repository of the module under test ({@code guanai.module.features}, set by a module's test
     * pom), handed on to the container, where the test runs.
     */
    private static Option moduleFeatures() {
        String features = System.getProperty("guanai.module.features");
        return features == null ? org.ops4j.pax.exam.CoreOptions.composite()
                : systemProperty("guanai.module.features").value(features);
    }

    /**
     * Where the container resolves {@code mvn:} artifacts besides its own system/ folder: the build's local
     * repository (a module's test installs the module's feature from there).
     */
    private static Option mavenRepository() {
        String local = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
        return local == null || local.isBlank() ? org.ops4j.pax.exam.CoreOptions.composite()
                : editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", local);
    }

    /** Waits (at most 90 s) until {@code path} answers {@code status}: a module's REST comes and goes with it. */
    protected static void awaitStatus(Api api, String path, int status) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(path).status == status);
    }

    /** Whether some element of the JSON array has {@code field} equal to {@code value}. */
    protected static boolean contains(com.fasterxml.jackson.databind.JsonNode array, String field, Object value) {
        for (com.fasterxml.jackson.databind.JsonNode n : array) {
            if (n.has(field) && n.get(field).asText().equals(String.valueOf(value))) {
                return true;
            }
        }
        return false;
    }

    /** A valid resident ID number of the sample county for someone born that day. */
    protected static String idNumber(java.time.LocalDate birth, boolean female) {
        return TestData.idNumber(birth, female);
    }

    /** The REST API as the given user (same password as the admin's), once it answers. */
    protected Api apiAs(String user) {
        return api().as(user, System.getProperty("guanai.itest.password"));
    }

    /** Whether REST has answered steadily in this container once (see {@link Steady}). */
    private static volatile boolean restSteady;

    /** The REST API as the test admin, once it answers (the first time: steadily, for two seconds; a loaded machine boots slowly). */
    protected Api api() {
        Api api = new Api(Integer.getInteger("guanai.itest.http.port"), USER, System.getProperty("guanai.itest.password"));
        if (!restSteady) {
            Steady.await(Duration.ofSeconds(300), Duration.ofSeconds(2), () -> api.withoutCredentials().get("/status").status == 200
                    && api.get("/persons?limit=1").status == 200 && api.get("/audit?limit=1").status == 200);
            restSteady = true;
        }
        return api;
    }

    /** Runs a console command as an admin and returns what it printed (stdout and stderr). */
    protected String console(String command) throws Exception {
        return consoleAs(command, USER, "admin", "manager", "viewer");
    }

    /** Runs a console command as a user holding just these roles; the command ACLs apply. */
    protected String consoleAs(String command, String user, String... roles) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        try (Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out)) {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> {
                try {
                    return session.execute(command);
                } catch (Exception e) {
                    out.println("Error: " + e.getMessage());
                    return null;
                }
            });
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * As bin/guanai-user-add stores it (salted Argon2), so the realm checks what a county's accounts have.
     * Only ever called in the test driver: the container has no password tool, and needs none.
     */
    protected static String hash(String password) {
        return new PasswordHasher().hash(password);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
