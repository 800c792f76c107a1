package org.guanai.itests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.guanai.itests.Distribution;

/**
 * One unpacked Karaf (the Guanai distribution or stock Apache Karaf) driven from the outside with
 * its own scripts, as a county runs it: {@code bin/start}, {@code bin/client}, {@code bin/stop}.
 * Every instance gets free ports, so a benchmark never collides with another Karaf on the machine.
 */
final class Karaf implements AutoCloseable {
    static final String USER = "bench";

    /** Unpacking, ports, scripts, pid and memory: shared with the distribution tests. */
    final Distribution dist;
    final Path home;
    final int httpPort;
    final int sshPort;
    final String password = "pw-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Karaf(Distribution dist) {
        this.dist = dist;
        this.home = dist.home;
        this.httpPort = dist.httpPort;
        this.sshPort = dist.sshPort;
    }

    /** Unpacks a distribution into a new folder under {@code parent} and gives it free ports. */
    static Karaf unpack(Path tarGz, Path parent, String name) throws Exception {
        return new Karaf(Distribution.unpack(tarGz, parent, name));
    }

    /**
     * Serves the demo county 示范县 430621 with the townships and villages a benchmark writes to
     * etc/guanai-divisions.csv before it starts (a shipped distribution serves no county until one is set up).
     */
    Karaf withDemoCounty() throws IOException {
        setProperty("etc/org.guanai.registry.cfg", "county.code", "430621");
        setProperty("etc/org.guanai.registry.cfg", "county.name", "\\u793a\\u8303\\u53bf");
        setProperty("etc/org.guanai.registry.cfg", "divisions.csv", "${karaf.etc}/guanai-divisions.csv");
        return this;
    }

    /**
     * Points the DataSource at a PostgreSQL database, as README's "PostgreSQL and several nodes" says: the driver,
     * url (with {@code reWriteBatchedInserts=true}), user and password lines of
     * {@code etc/org.ops4j.datasource-guanai.cfg} replaced, the file readable by its
     * owner only (it holds a password).
     */
    Karaf withPostgres(String url, String user, String password) throws IOException {
        Path cfg = home.resolve("etc/org.ops4j.datasource-guanai.cfg");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (!line.matches("\\s*(osgi\\.jdbc\\.driver\\.name|url|user|password)\\s*=.*")) {
                lines.add(line);
            }
        }
        lines.add("osgi.jdbc.driver.name = PostgreSQL JDBC Driver");
        lines.add("url = " + org.guanai.testing.TestPostgres.cfgUrl(url));
        lines.add("user = " + user);
        lines.add("password = " + password);
        Files.write(cfg, lines);
        Files.setPosixFilePermissions(cfg, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return this;
    }

    /** Creates the Guanai administrator account with the documented script. */
    Karaf withGuanaiAdmin() throws Exception {
        dist.user(USER, null, password);
        return this;
    }

    /** Starts in the background; returns the milliseconds until {@code ready} holds. */
    long start(BooleanSupplier ready) throws Exception {
        long t0 = System.nanoTime();
        dist.start();
        Awaitility.await().atMost(Duration.ofSeconds(300)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions().until(ready::getAsBoolean);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** Guanai is ready when REST answers: {@code /api/v1/status} and an authenticated registry read. */
    boolean guanaiReady() {
        return status("/api/v1/status", false) == 200 && status("/api/v1/persons?limit=1", true) == 200;
    }

    /**
     * Waits until REST has answered without a miss for 3 s (the JAX-RS whiteboard may redeploy its
     * application once more after the first answer while late services arrive); returns the
     * {@link System#nanoTime()} at which that steady stretch began.
     */
    long settle() {
        long[] since = {System.nanoTime()};
        Awaitility.await().atMost(Duration.ofSeconds(300)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!guanaiReady()) {
                        since[0] = 0;
                        return false;
                    }
                    if (since[0] == 0) {
                        since[0] = System.nanoTime();
                    }
                    return System.nanoTime() - since[0] >= TimeUnit.SECONDS.toNanos(3);
                });
        return since[0];
    }

    /** The HTTP port answers at all (any status): what stock Karaf with the web stack can be asked. */
    boolean httpAnswers() {
        return status("/", false) > 0;
    }

    int status(String path, boolean authenticated) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .timeout(Duration.ofSeconds(10));
            if (authenticated) {
                b.header("Authorization", authorization());
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    void stop() throws Exception {
        dist.stop();
    }

    @Override
    public void close() throws Exception {
        dist.close();
    }

    /** Runs one console command through {@code bin/client}; returns its wall-clock milliseconds. */
    long client(String command) throws Exception {
        Path in = Files.writeString(home.resolve("data/bench-client-in.txt"), command + "\n");
        Path out = home.resolve("data/bench-client-out.txt");
        ProcessBuilder pb = new ProcessBuilder("bin/client", "-a", String.valueOf(sshPort), "-u", USER, "-p", password, "-b")
                .directory(home.toFile()).redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        int rc = Distribution.exec(pb, 600);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String printed = Files.readString(out);
        if (rc != 0 || printed.contains("Error executing command")) {
            throw new IllegalStateException("'" + command + "' failed (" + rc + "): " + printed);
        }
        return millis;
    }

    /** Resident memory of the Karaf JVM (VmRSS of /proc/PID/status), in MiB. */
    double residentMiB() throws IOException {
        return dist.residentKiB() / 1024.0;
    }

    /** The embedded Derby database of Guanai: {@code derby} in the data home beside the distribution. */
    Path derbyDatabase() {
        return dist.dataHome().resolve("derby");
    }

    /** karaf.log: in the data home for Guanai, under data/log for stock Karaf. */
    Path karafLog() {
        return Files.exists(dist.log()) ? dist.log() : home.resolve("data/log/karaf.log");
    }

    void setProperty(String file, String key, String value) throws IOException {
        dist.setProperty(file, key, value);
    }

    void appendLine(String file, String line) throws IOException {
        Path p = home.resolve(file);
        Files.writeString(p, Files.readString(p) + "\n" + line + "\n");
    }
}
