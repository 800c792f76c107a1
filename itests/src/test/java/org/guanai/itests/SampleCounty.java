package org.guanai.itests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;


/**
 * The county most tests run in: 示范县 430621 with the demo county's five townships and fifteen villages (the
 * codes {@link Records}, {@link RosterFile} and the scope tests use). A shipped distribution serves no county
 * until one is set up; the tests set this one up through the configuration, before the first start (Pax Exam
 * tests through GuanaiTestSupport, given these files by the build: see guanai.itest.county.* in the pom).
 */
final class SampleCounty {

    /** The demo bundle's own list: one copy of the sample divisions in the source tree. */
    static final File DIVISIONS = new File("../bundles/demo/src/main/resources/org/guanai/demo/generator/demo-divisions.csv");

    private SampleCounty() {
    }

    /** For a distribution run as a process: the same two files written into its etc/. */
    static void install(Path home) throws IOException {
        // the shipped file with the sample's keys in place of its own (its other settings stay as shipped)
        Path cfg = home.resolve("etc/org.guanai.registry.cfg");
        java.util.List<String> sample = Files.readAllLines(config());
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String line : sample) {
            if (line.contains("=") && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')).trim());
            }
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.exists(cfg) ? Files.readAllLines(cfg) : java.util.List.<String>of()) {
            if (!(line.contains("=") && keys.contains(line.substring(0, line.indexOf('=')).trim()))) {
                lines.add(line);
            }
        }
        lines.addAll(sample);
        Files.write(cfg, lines);
        Files.copy(DIVISIONS.toPath(), home.resolve("etc/guanai-divisions.csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path config() {
        try (InputStream in = SampleCounty.class.getResourceAsStream("/sample-county.cfg")) {
            Path file = Path.of("target", "sample-county.cfg");
            Files.createDirectories(file.getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
