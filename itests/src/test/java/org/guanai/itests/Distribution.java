package org.guanai.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

/**
 * The distribution this build made, unpacked under target/ on free ports and run as a county runs it
 * ({@code bin/guanai-user-add}, {@code bin/start}, {@code bin/client}, {@code bin/stop}), for tests that drive it
 * from outside. Close it to stop (and, failing that, kill) the Karaf it started.
 */
final class Distribution implements AutoCloseable {
    final Path home;
    final int httpPort;
    final int sshPort;

    private Distribution(Path home) throws IOException {
        this.home = home;
        httpPort = GuanaiTestSupport.freePort();
        sshPort = GuanaiTestSupport.freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(GuanaiTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(GuanaiTestSupport.freePort()));
    }

    static Distribution unpack() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "dist-" + UUID.randomUUID()));
        ProcessBuilder tar = new ProcessBuilder("tar", "xzf",
                new File(System.getProperty("guanai.distribution")).getAbsolutePath()).directory(dir.toFile());
        if (run(tar, 60) != 0) {
            throw new AssertionError("could not unpack the distribution");
        }
        try (var entries = Files.list(dir)) {
            return new Distribution(entries.findFirst().orElseThrow().toAbsolutePath());
        }
    }

    /** An account made as the README says; {@code roles} as bin/guanai-user-add takes them, null for its default (admin). */
    void addUser(String name, String roles, String password) throws Exception {
        ProcessBuilder add = new ProcessBuilder(roles == null ? List.of("bin/guanai-user-add", name)
                : List.of("bin/guanai-user-add", name, roles)).directory(home.toFile());
        add.environment().put("GUANAI_PASSWORD", password);
        if (run(add, 60) != 0) {
            throw new AssertionError("bin/guanai-user-add " + name + " failed");
        }
    }

    /**
     * Starts Karaf in the background (bin/start) and waits until REST answers steadily for {@code admin};
     * returns how long until it first did, in milliseconds.
     */
    long start(Api admin) throws Exception {
        long t0 = System.nanoTime();
        if (run(new ProcessBuilder("bin/start").directory(home.toFile()), 60) != 0) {
            throw new AssertionError("bin/start failed");
        }
        return awaitReady(admin, t0);
    }

    /**
     * Waits until REST answers steadily for {@code admin} (the registry and its audit trail included) after a start
     * by any script; returns the milliseconds from {@code since} (a nanoTime) until it first did. Room for a boot on
     * a busy machine (seen: 2 minutes on 2 shared cores).
     */
    long awaitReady(Api admin, long since) {
        Api anonymous = admin.withoutCredentials();
        long ready = Steady.await(Duration.ofSeconds(240), Duration.ofSeconds(3), () -> anonymous.get("/status").status == 200
                && admin.get("/persons?limit=1").status == 200 && admin.get("/audit?limit=1").status == 200);
        return TimeUnit.NANOSECONDS.toMillis(ready - since);
    }

    /** A clean stop (bin/stop), waiting until the JVM is gone. */
    void stop() throws Exception {
        if (run(new ProcessBuilder("bin/stop").directory(home.toFile()), 60) != 0) {
            throw new AssertionError("bin/stop failed");
        }
        awaitStopped();
    }

    /** A crash: kill -9 of the running Karaf, waiting until it is gone. */
    void kill() throws Exception {
        ProcessHandle.of(pid().orElseThrow()).orElseThrow().destroyForcibly();
        awaitStopped();
    }

    /** bin/client as {@code user}, batch mode: what to run it with (the command goes to its standard input). */
    List<String> client(String user, String password) {
        return List.of(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u", user, "-p", password, "-b");
    }

    /** What {@code command} prints at the console of {@code user}, errors included. */
    String console(String user, String password, String command) throws Exception {
        ProcessBuilder client = new ProcessBuilder(client(user, password)).directory(home.toFile());
        Path in = Files.writeString(home.resolve("data/console-in.txt"), command + " 2>&1\n");
        Path out = home.resolve("data/console-out.txt");
        client.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        run(client, 90); // a refused command may end the client with an error: what it printed is the answer
        return Files.readString(out);
    }

    /** The running Karaf's pid (bin/start writes it to karaf.pid), if any. */
    Optional<Long> pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        String s = Files.exists(file) ? Files.readString(file).trim() : "";
        return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
    }

    /** Stops Karaf if it runs; kills it if it will not stop. */
    @Override
    public void close() throws Exception {
        if (pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                stop();
            } finally {
                pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private void awaitStopped() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> pid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true));
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        lines.removeIf(l -> l.matches("\\s*" + Pattern.quote(key) + "\\s*=.*"));
        lines.add(key + " = " + value);
        Files.write(p, lines);
    }

    /** Runs {@code pb} to its end, for at most {@code seconds}; its exit code. Output is dropped unless redirected. */
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
