package org.guanai.registry.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One bundle's sentences for people to read, in {@code <baseName>.properties} (Chinese, the default) and
 * {@code <baseName>_en.properties} (English), UTF-8, next to the bundle's classes. It is loaded with the owning
 * bundle's class loader, so each OSGi bundle keeps its own texts and no bundle looks up another's keys by name:
 * a bundle hands out {@link Message}s that already know where their words are.
 * <pre>
 * static final MessageBundle TEXT = MessageBundle.of(Registry.class, "org.guanai.registry.internal.messages");
 * throw ValidationException.of("idNumber", TEXT.message("idNumber.length", 18, got));
 * </pre>
 * Keep the base name in a package the bundle does not import, or the lookup goes to the exporter.
 */
public final class MessageBundle {
    /** Only our own files, and no fall-back to the JVM's default locale: Chinese unless English is asked for. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private final ClassLoader loader;
    private final String baseName;

    private MessageBundle(ClassLoader loader, String baseName) {
        this.loader = loader;
        this.baseName = baseName;
    }

    /** The bundle {@code baseName} (dotted, like a class name) as {@code owner}'s class loader sees it. */
    public static MessageBundle of(Class<?> owner, String baseName) {
        return new MessageBundle(Objects.requireNonNull(owner).getClassLoader(), Objects.requireNonNull(baseName));
    }

    /** The sentence {@code key} with its arguments (numbers, text, enum constants, or other messages). */
    public Message message(String key, Object... args) {
        return new Message(this, key, args);
    }

    public String baseName() {
        return baseName;
    }

    /** The pattern for {@code key} in {@code locale}, or null when this bundle does not have it. */
    String pattern(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, Message.supported(locale), loader, CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /**
     * What is wrong with this bundle's files, for its unit test: a key missing in one language, a pattern that
     * does not parse, a quote that {@link java.text.MessageFormat} would eat, arguments that differ between the
     * languages. Empty when all is well.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<Locale, Properties> files = new LinkedHashMap<>();
        for (Locale language : Message.LANGUAGES) {
            String name = baseName.replace('.', '/') + (language.equals(Message.CHINESE) ? "" : "_" + language)
                    + ".properties";
            Properties p = new Properties();
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    problems.add(name + " is missing");
                    continue;
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(name + ": " + e);
            }
            files.put(language, p);
        }
        Set<String> keys = new TreeSet<>();
        files.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
        for (String key : keys) {
            Set<Integer> firstArgs = null;
            for (Map.Entry<Locale, Properties> f : files.entrySet()) {
                String pattern = f.getValue().getProperty(key);
                if (pattern == null) {
                    problems.add(key + " is missing in " + f.getKey());
                    continue;
                }
                if (LONE_QUOTE.matcher(pattern).find()) {
                    problems.add(key + " in " + f.getKey() + ": write '' for a quote");
                }
                try {
                    Set<Integer> args = arguments(new MessageFormat(pattern, f.getKey()));
                    if (firstArgs == null) {
                        firstArgs = args;
                    } else if (!firstArgs.equals(args)) {
                        problems.add(key + " in " + f.getKey() + " has arguments " + args + ", not " + firstArgs);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(key + " in " + f.getKey() + " does not parse: " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static Set<Integer> arguments(MessageFormat format) {
        Set<Integer> used = new TreeSet<>();
        String pattern = format.toPattern();
        java.util.regex.Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            used.add(Integer.valueOf(m.group(1)));
        }
        return used;
    }

    /** Whether this bundle has {@code key} (in Chinese, the default). */
    public boolean has(String key) {
        return pattern(key, Message.CHINESE) != null;
    }

    @Override
    public String toString() {
        return baseName;
    }
}
