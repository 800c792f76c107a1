package org.guanai.itests.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

/**
 * One unpacked Karaf (the Guanai distribution or stock Apache Karaf) driven from the outside with
 * its own scripts, as a county runs it: {@code bin/start}, {@code bin/client}, {@code bin/stop}.
 * Every instance gets free ports, so a benchmark never collides with another Karaf on the machine.
 */
final class Karaf implements AutoCloseable {
    static final String USER = "bench";

    final Path home;
    final int httpPort;
    final int sshPort;
    final String password = "pw-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Karaf(Path home) throws IOException {
        this.home = home;
        this.httpPort = freePort();
        this.sshPort = freePort();
    }

    /** Unpacks a distribution into a new folder under {@code parent} and gives it free ports. */
    static Karaf unpack(Path tarGz, Path parent, String name) throws Exception {
        Path dir = Files.createDirectories(parent.resolve(name + "-" + UUID.randomUUID()));
        exec(new ProcessBuilder("tar", "xzf", tarGz.toString()).directory(dir.toFile()), 120);
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow().toAbsolutePath();
        }
        Karaf karaf = new Karaf(home);
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        if (!Files.exists(web)) {
            // stock Karaf: the http feature writes this file only when absent; give it the same content as Guanai's
            Files.writeString(web, "org.osgi.service.http.enabled = true\norg.osgi.service.http.secure.enabled = false\n"
                    + "javax.servlet.context.tempdir = ${karaf.data}/pax-web/tmp\n");
        }
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(karaf.httpPort));
        karaf.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(karaf.sshPort));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return karaf;
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

    /** Creates the Guanai administrator account with the documented script. */
    Karaf withGuanaiAdmin() throws Exception {
        ProcessBuilder add = new ProcessBuilder("bin/guanai-user-add", USER).directory(home.toFile());
        add.environment().put("GUANAI_PASSWORD", password);
        if (exec(add, 60) != 0) {
            throw new IllegalStateException("bin/guanai-user-add failed in " + home);
        }
        return this;
    }

    /** Starts in the background; returns the milliseconds until {@code ready} holds. */
    long start(BooleanSupplier ready) throws Exception {
        long t0 = System.nanoTime();
        if (exec(new ProcessBuilder("bin/start").directory(home.toFile()), 60) != 0) {
            throw new IllegalStateException("bin/start failed in " + home);
        }
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
        if (pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false)) {
            exec(new ProcessBuilder("bin/stop").directory(home.toFile()), 120);
        }
        awaitStopped();
    }

    private void awaitStopped() {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> pid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true)
                        && !portOpen(httpPort));
    }

    @Override
    public void close() throws Exception {
        Optional<ProcessHandle> p = pid().flatMap(ProcessHandle::of);
        if (p.isPresent() && p.get().isAlive()) {
            p.get().destroyForcibly();
            awaitStopped();
        }
    }

    /** Runs one console command through {@code bin/client}; returns its wall-clock milliseconds. */
    long client(String command) throws Exception {
        Path in = Files.writeString(home.resolve("data/bench-client-in.txt"), command + "\n");
        Path out = home.resolve("data/bench-client-out.txt");
        ProcessBuilder pb = new ProcessBuilder("bin/client", "-a", String.valueOf(sshPort), "-u", USER, "-p", password, "-b")
                .directory(home.toFile()).redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        long t0 = System.nanoTime();
        int rc = exec(pb, 600);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String printed = Files.readString(out);
        if (rc != 0 || printed.contains("Error executing command")) {
            throw new IllegalStateException("'" + command + "' failed (" + rc + "): " + printed);
        }
        return millis;
    }

    Optional<Long> pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String s = Files.readString(file).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
    }

    /** Resident memory of the Karaf JVM (VmRSS of /proc/PID/status), in MiB. */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid().orElseThrow()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for Karaf");
    }

    /** The embedded Derby database of Guanai ({@code url} of etc/org.ops4j.datasource-guanai.cfg). */
    Path derbyDatabase() {
        return home.resolve("data/guanai/derby");
    }

    void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = new ArrayList<>();
        boolean continued = false;
        for (String l : Files.exists(p) ? Files.readAllLines(p) : List.<String>of()) {
            boolean drop = continued || l.matches("\\s*" + Pattern.quote(key) + "\\s*=.*");
            continued = drop && l.trim().endsWith("\\");
            if (!drop) {
                lines.add(l);
            }
        }
        lines.add(key + " = " + value);
        Files.write(p, lines);
    }

    void appendLine(String file, String line) throws IOException {
        Path p = home.resolve(file);
        Files.writeString(p, Files.readString(p) + "\n" + line + "\n");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int exec(ProcessBuilder pb, int seconds) throws Exception {
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out after " + seconds + " s: " + pb.command());
        }
        return p.exitValue();
    }
}
