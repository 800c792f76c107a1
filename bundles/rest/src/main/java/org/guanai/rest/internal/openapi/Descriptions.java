package org.guanai.rest.internal.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the OpenAPI document says about the DTOs of one API package, from that package's own
 * {@code openapi.properties} (UTF-8), so that API bundles stay interfaces and plain classes, with no
 * swagger or JAX-RS import. One line per class and per field, Chinese first, then English:
 *
 * <pre>
 * PersonDTO = 登记在册的人。A person in the registry.
 * PersonDTO.id = 编号，服务器分配。Id, assigned by the server. | readOnly required | example: 12
 * *.version = 版本，即 ETag。Version, sent back as the ETag. | readOnly required
 * </pre>
 *
 * {@code *.field} applies to every class of the package that has no line of its own for the field. Flags:
 * {@code required}, {@code readOnly}, {@code writeOnly}, {@code nullable}, {@code notNull}. A field is nullable
 * when a new instance holds null in it and it is not {@code required} or {@code notNull}: Guanai writes nulls.
 */
final class Descriptions {
    static final String FILE = "openapi.properties";
    private static final Set<String> FLAGS = Set.of("required", "readOnly", "writeOnly", "nullable", "notNull");

    private final Map<String, Properties> byPackage = new HashMap<>();

    /** One field (or, with a null field, the class itself) as its package describes it. */
    static final class Entry {
        final String description;
        final Set<String> flags;
        final String example;

        Entry(String description, Set<String> flags, String example) {
            this.description = description;
            this.flags = flags;
            this.example = example;
        }

        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** The class's own line, or null. */
    Entry ofClass(Class<?> type) {
        String line = properties(type).getProperty(type.getSimpleName());
        return line == null ? null : parse(line);
    }

    /** The field's line (its own, else the package's {@code *.} default), or null. */
    Entry ofField(Class<?> type, String field) {
        Properties p = properties(type);
        String line = p.getProperty(type.getSimpleName() + "." + field);
        if (line == null) {
            line = p.getProperty("*." + field);
        }
        return line == null ? null : parse(line);
    }

    /** Whether the class's package has a description file at all (DTO packages do). */
    boolean describes(Class<?> type) {
        return !properties(type).isEmpty();
    }

    /** The JSON properties of a DTO as Jackson writes them: its public instance fields, superclasses first. */
    static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                    own.add(f);
                }
            }
            fields.addAll(0, own);
        }
        return fields;
    }

    /** Whether a new instance of the DTO holds null in the field (the class cannot be made: reference types do). */
    static boolean nullByDefault(Class<?> type, Field field) {
        if (field.getType().isPrimitive()) {
            return false;
        }
        try {
            Object instance = type.getDeclaredConstructor().newInstance();
            return field.get(instance) == null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }

    static Entry parse(String line) {
        String[] parts = line.split("\\s\\|\\s?");
        String description = parts[0].trim();
        Set<String> flags = new TreeSet<>();
        String example = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.startsWith("example:")) {
                example = part.substring("example:".length()).trim();
                continue;
            }
            for (String flag : part.split("[\\s,]+")) {
                if (flag.isEmpty()) {
                    continue;
                }
                if (!FLAGS.contains(flag)) {
                    throw new IllegalArgumentException("unknown flag " + flag + " in: " + line + " (known: " + FLAGS + ")");
                }
                flags.add(flag);
            }
        }
        return new Entry(description, flags, example);
    }

    private Properties properties(Class<?> type) {
        return byPackage.computeIfAbsent(type.getPackageName(), p -> load(type));
    }

    /** Through the DTO's own class loader: in OSGi the file is in the API bundle beside its classes. */
    static Properties load(Class<?> type) {
        Properties p = new Properties();
        try (InputStream in = type.getResourceAsStream(FILE)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE + " of " + type.getPackageName(), e);
        }
        return p;
    }

    /** Keys of a package's file that name no class or field of {@code types} (a renamed field leaves one). */
    static List<String> staleKeys(Properties p, List<Class<?>> types) {
        Set<String> known = new TreeSet<>();
        for (Class<?> t : types) {
            known.add(t.getSimpleName());
            fields(t).forEach(f -> known.add(t.getSimpleName() + "." + f.getName()));
        }
        List<String> stale = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("*.")) {
                String field = key.substring(2);
                if (types.stream().noneMatch(t -> Arrays.stream(fields(t).toArray(new Field[0]))
                        .anyMatch(f -> f.getName().equals(field)))) {
                    stale.add(key);
                }
            } else if (!known.contains(key)) {
                stale.add(key);
            }
        }
        return stale;
    }
}
