package org.guanai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guanai.registry.api.MessageBundle;

/**
 * The message keys a module's code names, checked against its bundle: a key written in code but in neither
 * properties file renders as the key itself, which {@link MessageBundle#problems()} (keys of one file missing from
 * the other) cannot see. A test names the calls that take a key as their first argument, e.g.
 * {@code assertEquals(List.of(), SourceKeys.missing(HealthText.TEXT, Path.of("src/main/java/…/spi"), "zh", "en"))}.
 */
public final class SourceKeys {

    private SourceKeys() {
    }

    /** The keys {@code calls} (method names) pass as a string literal in the {@code .java} files under {@code sources}. */
    public static TreeSet<String> used(Path sources, String... calls) {
        Pattern call = Pattern.compile("\\b(?:" + String.join("|", calls) + ")\\(\\s*\"([A-Za-z][\\w.-]*)\"");
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = call.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (keys.isEmpty()) {
            throw new AssertionError("no " + String.join("/", calls) + "(\"…\") under " + sources.toAbsolutePath()
                    + ": the test looks in the wrong place");
        }
        return keys;
    }

    /** The keys {@code calls} pass under {@code sources} that {@code bundle} does not have; empty when all are there. */
    public static List<String> missing(MessageBundle bundle, Path sources, String... calls) {
        return used(sources, calls).stream().filter(k -> !bundle.has(k)).collect(Collectors.toList());
    }
}
