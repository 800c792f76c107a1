package org.guanai.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

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
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the distribution this build made (not a copy from ~/.m2), on free ports, with one
 * throw-away admin account whose password exists only for this run.
 */
public abstract class GuanaiTestSupport {
    protected static final String USER = "itest";
    /** One account per Guanai role (user name = role), plus one with no Guanai role at all and one to lock out. */
    protected static final String[] ROLE_USERS = {"county", "township", "health", "legal", "stats", "nobody", "lockme"};

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() throws IOException {
        String password = UUID.randomUUID().toString();
        int http = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("guanai.distribution")).toURI().toString())
                    .name("Guanai")
                    .unpackDirectory(new File("target/exam"))
                    // Test bundles go in at startup, not through deploy/ while the boot features
                    // install: a hot deploy in the middle of boot makes the features service
                    // refresh bundles as they start, and the container comes up broken.
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/users.properties", USER, hash(password) + ",_g_:admingroup"),
            roleUsers(password),
            SampleCounty.options(),
            systemProperty("guanai.itest.http.port").value(String.valueOf(http)),
            systemProperty("guanai.itest.password").value(password),
            mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
            mavenBundle(maven("org.hamcrest", "hamcrest").version("2.1")),
        };
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

    /** The REST API as the given user (same password as the admin's), once it answers. */
    protected Api apiAs(String user) {
        return api().as(user, System.getProperty("guanai.itest.password"));
    }

    /** Whether REST has answered steadily in this container once (see {@link Steady}). */
    private static volatile boolean restSteady;

    /** The REST API as the test admin, once it answers (the first time: steadily, for two seconds). */
    protected Api api() {
        Api api = new Api(Integer.getInteger("guanai.itest.http.port"), USER, System.getProperty("guanai.itest.password"));
        if (!restSteady) {
            Steady.await(Duration.ofSeconds(90), Duration.ofSeconds(2), () -> api.withoutCredentials().get("/status").status == 200
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
    static String hash(String password) {
        return new PasswordHasher().hash(password);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
