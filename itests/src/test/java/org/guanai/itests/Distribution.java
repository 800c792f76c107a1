package org.guanai.itests;

import org.guanai.testing.exam.Steady;
import org.guanai.testing.exam.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * One unpacked Karaf (the Guanai distribution this build made, or another tar.gz) on free ports, driven from the
 * outside with its own scripts as a county runs it: {@code bin/guanai-user-add}, {@code bin/start},
 * {@code bin/client}, {@code bin/stop}. The distribution tests and the benchmarks share it. Each unpacks into a
 * folder of its own, so its data home ({@code guanai-data} beside the distribution) is its own too.
 */
public final class Distribution implements AutoCloseable {

    public final Path home;
    public final int httpPort;
    public final int sshPort;

    private Distribution(Path home) throws IOException {
        this.home = home;
        this.httpPort = freePort();
        this.sshPort = freePort();
    }

    /** The Guanai distribution of this build ({@code guanai.distribution}), unpacked under target/, as shipped. */
    public static Distribution unpack(String name) throws Exception {
        return unpack(Path.of(System.getProperty("guanai.distribution")).toAbsolutePath(), Path.of("target"), name);
    }

    /**
     * The same, serving the tests' county ({@link SampleCounty}) from its first start: a shipped distribution serves
     * none until one is set up (DistributionIT sets one up as a county does).
     */
    public static Distribution unpackWithCounty(String name) throws Exception {
        Distribution d = unpack(name);
        SampleCounty.install(d.home);
        return d;
    }

    /** Unpacks {@code tarGz} into a new folder under {@code parent} and gives it free ports. */
    public static Distribution unpack(Path tarGz, Path parent, String name) throws Exception {
        Path dir = Files.createDirectories(parent.resolve(name + "-" + UUID.randomUUID())).toAbsolutePath();
        exec(new ProcessBuilder("tar", "xzf", tarGz.toString()).directory(dir.toFile()), 120);
        Path home;
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow();
        }
        Distribution d = new Distribution(home);
        Path web = home.resolve("etc/org.ops4j.pax.web.cfg");
        if (!Files.exists(web)) {
            // stock Karaf: the http feature writes this file only when absent; give it the same content as Guanai's
            Files.writeString(web, "org.osgi.service.http.enabled = true\norg.osgi.service.http.secure.enabled = false\n"
                    + "javax.servlet.context.tempdir = ${karaf.data}/pax-web/tmp\n");
        }
        d.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(d.httpPort));
        d.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(d.sshPort));
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        d.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return d;
    }

    /** The data home: {@code guanai-data} beside the distribution's folder (etc/system.properties). */
    public Path dataHome() {
        return home.getParent().resolve("guanai-data");
    }

    /** karaf.log, in the data home. */
    public Path log() {
        return dataHome().resolve("logs/karaf.log");
    }

    /** Creates or replaces an account with bin/guanai-user-add; {@code roles} null for the administrator group. */
    public Distribution user(String name, String roles, String password) throws Exception {
        ProcessBuilder add = roles == null ? new ProcessBuilder("bin/guanai-user-add", name)
                : new ProcessBuilder("bin/guanai-user-add", name, roles);
        add.directory(home.toFile()).environment().put("GUANAI_PASSWORD", password);
        if (exec(add, 60) != 0) {
            throw new IllegalStateException("bin/guanai-user-add " + name + " failed in " + home);
        }
        return this;
    }

    /** REST as that user. */
    public Api api(String user, String password) {
        return new Api(httpPort, user, password);
    }

    /** {@code bin/start} with these arguments (e.g. {@code clean}), in the background. */
    public void start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/start"));
        command.addAll(List.of(args));
        if (exec(new ProcessBuilder(command).directory(home.toFile()), 60) != 0) {
            throw new IllegalStateException(command + " failed in " + home);
        }
    }

    /**
     * Waits until the platform is up ({@code /api/v1/status} 200) and {@code admin} reads persons and the audit
     * trail, without a miss for 3 s (the JAX-RS whiteboard redeploys as resources register); returns the
     * {@link System#nanoTime()} at which that stretch began.
     */
    public long awaitReady(Api admin, Duration atMost) {
        Api anonymous = admin.withoutCredentials();
        return Steady.await(atMost, Duration.ofSeconds(3), () -> anonymous.get("/status").status == 200
                && admin.get("/persons?limit=1").status == 200 && admin.get("/audit?limit=1").status == 200);
    }

    /** {@code bin/stop}, then waits until the JVM is gone. */
    public void stop() throws Exception {
        if (alive()) {
            exec(new ProcessBuilder("bin/stop").directory(home.toFile()), 120);
        }
        awaitStopped();
    }

    /** {@code kill -9} of the Karaf JVM, then waits until it is gone. */
    public void kill() throws Exception {
        pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        awaitStopped();
    }

    public void awaitStopped() {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> !alive() && !portOpen(httpPort));
    }

    public boolean alive() throws IOException {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Kills a JVM left running by a failed test. */
    @Override
    public void close() throws Exception {
        if (alive()) {
            kill();
        }
    }

    public Optional<Long> pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String s = Files.readString(file).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
    }

    /** Resident memory of the Karaf JVM (VmRSS of /proc/PID/status), in KiB. */
    public long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid().orElseThrow()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for Karaf");
    }

    /** bin/client as {@code user}, batch mode: what to run it with (the command goes to its standard input). */
    public List<String> client(String user, String password) {
        return List.of(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u", user, "-p", password, "-b");
    }

    /**
     * What {@code command} prints at the console of {@code user} (bin/client over SSH, batch mode), errors
     * included ({@code 2>&1} inside the command: bin/client -b drops stderr).
     */
    public String console(String user, String password, String command) throws Exception {
        String id = UUID.randomUUID().toString();
        Path in = Files.writeString(home.resolve("data/console-in-" + id + ".txt"), command + " 2>&1\n");
        Path out = home.resolve("data/console-out-" + id + ".txt");
        ProcessBuilder client = new ProcessBuilder("bin/client", "-a", String.valueOf(sshPort), "-u", user, "-p", password,
                "-b").directory(home.toFile()).redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectErrorStream(true);
        exec(client, 600);
        return Files.readString(out);
    }

    /** Runs one of the distribution's scripts ({@code bin/guanai-restore …}); its output, and fails on another exit code. */
    public String script(int expectedExit, String... command) throws Exception {
        Path out = home.resolve("data/script-" + UUID.randomUUID() + ".txt");
        Files.createDirectories(out.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectOutput(out.toFile())
                .redirectErrorStream(true);
        pb.environment().remove("GUANAI_LANG"); // the tools' default language, Chinese, whatever runs the tests
        int exit = exec(pb, 600);
        String printed = Files.readString(out);
        if (exit != expectedExit) {
            throw new AssertionError(List.of(command) + " exited " + exit + ", not " + expectedExit + ":\n" + printed);
        }
        return printed;
    }

    /** Sets {@code key} in a .cfg or .properties file of the distribution (a backslash-continued value included). */
    public void setProperty(String file, String key, String value) throws IOException {
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

    /** Lines of karaf.log from line {@code from} (0-based) on. */
    public List<String> logLinesFrom(int from) {
        try {
            List<String> all = Files.readAllLines(log());
            return all.subList(Math.min(from, all.size()), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a process to its end (at most {@code seconds}); its output is dropped unless redirected. */
    public static int exec(ProcessBuilder pb, int seconds) throws Exception {
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
