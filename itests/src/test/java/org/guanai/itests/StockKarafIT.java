package org.guanai.itests;

import org.guanai.testing.exam.Steady;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.Test;

/**
 * Guanai's features added to a stock Apache Karaf 4.4.10 the way README's "Adding Guanai to an existing Karaf" says,
 * offline from the Guanai distribution's system/ folder: guanai-core installs and serves REST, the realm that stored
 * passwords in clear hashes them, the start says in the log what the Karaf still lacks, and SnakeYAML 1.x is not
 * installed.
 */
public class StockKarafIT {
    private static final String PASSWORD = "Stock-Karaf-" + java.util.UUID.randomUUID();

    @Test
    public void guanaiCoreInAStockKarafHashesPasswordsAndSaysWhatIsStillMissing() throws Exception {
        try (Distribution guanai = Distribution.unpack("guanai");
             Distribution stock = Distribution.unpack(Path.of(System.getProperty("guanai.stock.karaf")).toAbsolutePath(),
                     Path.of("target"), "stock")) {
            // an operator's own account, in clear as Karaf's users.properties shows it, and its admin group
            Path users = stock.home.resolve("etc/users.properties");
            Files.writeString(users, Files.readString(users).replace("#_g_\\:admingroup", "_g_\\:admingroup")
                    + "admin = " + PASSWORD + ",_g_:admingroup\n");
            Files.copy(guanai.home.resolve("etc/org.apache.karaf.features.xml"),
                    stock.home.resolve("etc/org.apache.karaf.features.xml"), StandardCopyOption.REPLACE_EXISTING);
            stock.start();
            Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> stock.console("admin", PASSWORD, "shell:echo ready").contains("ready"));

            String system = guanai.home.resolve("system").toUri().toString();
            stock.console("admin", PASSWORD, "config:property-append -p org.ops4j.pax.url.mvn "
                    + "org.ops4j.pax.url.mvn.defaultRepositories ," + system + "@id=guanai@snapshots");
            // pax-url takes the new repository when its configuration event arrives, a moment after the command
            String repository = "mvn:org.guanai/guanai-features/" + System.getProperty("guanai.version") + "/xml/features";
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        stock.console("admin", PASSWORD, "feature:repo-add " + repository);
                        // the repository's name, as feature:repo-list shows a repository that was added
                        return stock.console("admin", PASSWORD, "feature:repo-list").contains(
                                "guanai-" + System.getProperty("guanai.version"));
                    });
            String out = stock.console("admin", PASSWORD, "feature:install guanai-core");
            Api admin = new Api(stock.httpPort, "admin", PASSWORD);
            Steady.await(Duration.ofSeconds(240), Duration.ofSeconds(2),
                    () -> admin.get("/persons?limit=1").status == 200);

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.readString(users).matches("(?s).*\\nadmin = \\{CRYPT\\}[0-9a-f]+\\{CRYPT\\},.*"));
            assertTrue(Files.readString(stock.home.resolve("etc/org.apache.karaf.jaas.cfg"))
                    .matches("(?s).*encryption\\.enabled\\s*=\\s*true.*"));
            assertEquals("the hashed password still logs in", 200, admin.get("/persons?limit=1").status);

            String log = Files.readString(stock.home.resolve("data/log/karaf.log"));
            assertTrue(out + log, log.contains("karaf.secured.command.compulsory.roles=admin"));
            assertTrue(log, log.contains("sftpEnabled=false"));
            assertTrue(log, log.contains("sshHost=127.0.0.1"));
            assertTrue(log, log.contains("turned on salted Argon2 hashing"));
            String bundles = stock.console("admin", PASSWORD, "bundle:list -s -t 0");
            assertTrue(bundles, bundles.contains("org.yaml.snakeyaml") && bundles.contains("2.4.0"));
            assertFalse(bundles, bundles.matches("(?s).*\\| 1\\.\\d+(\\.\\d+)?\\s+\\| org\\.yaml\\.snakeyaml.*"));
        }
    }
}
