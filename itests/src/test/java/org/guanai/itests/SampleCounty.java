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
        Files.copy(config(), home.resolve("etc/org.guanai.registry.cfg"), StandardCopyOption.REPLACE_EXISTING);
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
