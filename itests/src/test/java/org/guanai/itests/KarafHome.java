package org.guanai.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * A Karaf unpacked from a tar.gz under {@code target/}, run from the outside as an operator does (bin/start,
 * bin/client, bin/stop) on free ports: the Guanai distribution, or a stock Apache Karaf.
 */
final class KarafHome implements AutoCloseable {
    final Path home;
    final int httpPort;
    final int sshPort;

    private KarafHome(Path home) throws IOException {
        this.home = home;
        this.httpPort = GuanaiTestSupport.freePort();
        this.sshPort = GuanaiTestSupport.freePort();
        set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        set("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(GuanaiTestSupport.freePort()));
        set("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(GuanaiTestSupport.freePort()));
    }

    /** Unpacks {@code tarGz} into a fresh folder under target/. */
    static KarafHome unpack(String tarGz) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "karaf-" + UUID.randomUUID()));
        assertEquals(0, run(new ProcessBuilder("tar", "xzf", new File(tarGz).getAbsolutePath()).directory(dir.toFile()),
                120));
        try (var entries = Files.list(dir)) {
            return new KarafHome(entries.findFirst().orElseThrow().toAbsolutePath());
        }
    }

    /** Sets {@code key} in an etc/ file (created when absent). */
    void set(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = Files.exists(p) ? Files.readAllLines(p) : new java.util.ArrayList<>();
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*"));
        lines.add(key + " = " + value);
        Files.write(p, lines);
    }

    void start() throws Exception {
        assertEquals(0, run(new ProcessBuilder("bin/start").directory(home.toFile()), 60));
    }

    /** What {@code command} prints at the console (bin/client over SSH in batch mode, stderr included). */
    String console(String user, String password, String command) throws Exception {
        ProcessBuilder client = new ProcessBuilder("bin/client", "-a", String.valueOf(sshPort), "-u", user,
                "-p", password, "-r", "30", "-b").directory(home.toFile());
        Path in = Files.writeString(home.resolve("data/console-in-" + UUID.randomUUID() + ".txt"), command + "\n");
        Path out = Files.createTempFile(home.resolve("data"), "console-out-", ".txt");
        client.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        run(client, 180);
        return Files.readString(out);
    }

    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        if (pid().isPresent()) {
            run(new ProcessBuilder("bin/stop").directory(home.toFile()), 60);
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    pid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true));
        }
        pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    private Optional<Long> pid() throws IOException {
        return pid(home);
    }

    /** The pid a Karaf at {@code home} wrote (karaf.pid), while it runs. */
    static Optional<Long> pid(Path home) throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String s = Files.readString(file).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
    }

    static int run(ProcessBuilder pb, int seconds) throws Exception {
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + pb.command());
        }
        return p.exitValue();
    }
}
