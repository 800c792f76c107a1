package org.guanai.rest.internal.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON schemas (OpenAPI 3.0) of Java types as our Jackson mapper writes them: DTO classes become
 * named schemas in {@code components.schemas}, referenced with {@code $ref}; scalars, enums,
 * collections and maps are inlined.
 */
final class SchemaGenerator {
    static final String REF_PREFIX = "#/components/schemas/";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<Class<?>> INT32 = Set.of(int.class, Integer.class, short.class, Short.class,
            byte.class, Byte.class);
    private static final Set<Class<?>> DATE_TIMES = Set.of(Instant.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    /** Named schemas by type key; a TreeMap of names keeps the document stable. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    ObjectNode schemaFor(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Class<?> raw = Types.raw(p);
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(schemaFor(args[0]), Set.class.isAssignableFrom(raw));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return object().set("additionalProperties", schemaFor(args[1]));
            }
            if (raw == Optional.class) {
                return schemaFor(args[0]);
            }
            return ref(p);
        }
        if (!(type instanceof Class)) {
            return schemaFor(Types.raw(type));
        }
        Class<?> c = (Class<?>) type;
        ObjectNode scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return array(schemaFor(c.getComponentType()), false);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(JSON.objectNode(), Set.class.isAssignableFrom(c));
        }
        if (Map.class.isAssignableFrom(c) || ObjectNode.class.isAssignableFrom(c)) {
            return object();
        }
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
            return JSON.objectNode();
        }
        return ref(c);
    }

    /** The named schemas built so far, by name. */
    ObjectNode components() {
        ObjectNode node = JSON.objectNode();
        schemas.forEach(node::set);
        return node;
    }

    /** Adds a hand-written named schema (e.g. Problem) and returns a reference to it. */
    ObjectNode define(String name, ObjectNode schema) {
        schemas.put(name, schema);
        return refTo(name);
    }

    static ObjectNode refTo(String name) {
        return JSON.objectNode().put("$ref", REF_PREFIX + name);
    }

    private static ObjectNode scalar(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return type("string");
        }
        if (INT32.contains(c)) {
            return type("integer").put("format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return type("integer").put("format", "int64");
        }
        if (c == BigInteger.class) {
            return type("integer");
        }
        if (c == double.class || c == Double.class) {
            return type("number").put("format", "double");
        }
        if (c == float.class || c == Float.class) {
            return type("number").put("format", "float");
        }
        if (c == BigDecimal.class || c == Number.class) {
            return type("number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return type("boolean");
        }
        if (c == LocalDate.class) {
            return type("string").put("format", "date");
        }
        if (DATE_TIMES.contains(c)) {
            return type("string").put("format", "date-time");
        }
        if (c == LocalTime.class) {
            return type("string").put("format", "time");
        }
        if (c == Duration.class || c == Period.class) {
            return type("string").put("format", "duration");
        }
        if (c == UUID.class) {
            return type("string").put("format", "uuid");
        }
        if (c == URI.class || c == URL.class) {
            return type("string").put("format", "uri");
        }
        if (c == byte[].class) {
            return type("string").put("format", "byte");
        }
        if (c.isEnum()) {
            ObjectNode schema = type("string");
            for (Object constant : c.getEnumConstants()) {
                schema.withArray("enum").add(((Enum<?>) constant).name());
            }
            return schema;
        }
        return null;
    }

    private ObjectNode ref(Type type) {
        String key = Types.key(type);
        String name = names.get(key);
        if (name == null) {
            name = uniqueName(type);
            names.put(key, name);
            ObjectNode schema = object();
            schemas.put(name, schema); // before the properties: a DTO may refer to itself
            schema.set("properties", properties(type));
        }
        return refTo(name);
    }

    /** Public fields, record components and getters, as Jackson sees them (fields first, in declaration order). */
    private ObjectNode properties(Type type) {
        Map<TypeVariable<?>, Type> bindings = Types.bindings(type);
        Class<?> raw = Types.raw(type);
        ObjectNode properties = JSON.objectNode();
        if (raw.isRecord()) {
            for (RecordComponent rc : raw.getRecordComponents()) {
                properties.set(rc.getName(), schemaFor(Types.resolve(rc.getGenericType(), bindings)));
            }
            return properties;
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                    properties.set(f.getName(), schemaFor(Types.resolve(f.getGenericType(), bindings)));
                }
            }
        }
        for (Method method : raw.getMethods()) {
            String property = getterProperty(method);
            if (property != null && !properties.has(property)) {
                properties.set(property, schemaFor(Types.resolve(method.getGenericReturnType(), bindings)));
            }
        }
        return properties;
    }

    private static String getterProperty(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                || m.getReturnType() == void.class) {
            return null;
        }
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3
                : name.startsWith("is") && (m.getReturnType() == boolean.class) ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        // Jackson's rule: the leading capitals are lowered (getURL -> url, getName -> name).
        String rest = name.substring(prefix);
        int upper = 0;
        while (upper < rest.length() && Character.isUpperCase(rest.charAt(upper))) {
            upper++;
        }
        return rest.substring(0, upper).toLowerCase(Locale.ROOT) + rest.substring(upper);
    }

    /** {@code PersonDTO}; {@code PageOfPersonDTO} for {@code Page<PersonDTO>}; the full name if the simple one is taken. */
    private String uniqueName(Type type) {
        String name = simpleName(type);
        if (!schemas.containsKey(name)) {
            return name;
        }
        String full = Types.key(type).replaceAll("[^A-Za-z0-9._-]", "_");
        String candidate = full;
        for (int i = 2; schemas.containsKey(candidate); i++) {
            candidate = full + "_" + i;
        }
        return candidate;
    }

    private static String simpleName(Type type) {
        if (type instanceof ParameterizedType) {
            StringBuilder sb = new StringBuilder(Types.raw(type).getSimpleName());
            String separator = "Of";
            for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
                sb.append(separator).append(simpleName(arg));
                separator = "And";
            }
            return sb.toString();
        }
        Class<?> raw = Types.raw(type);
        return raw.isArray() ? simpleName(raw.getComponentType()) + "Array" : raw.getSimpleName();
    }

    private static ObjectNode type(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static ObjectNode object() {
        return type("object");
    }

    private static ObjectNode array(ObjectNode items, boolean unique) {
        ObjectNode schema = type("array");
        schema.set("items", items);
        if (unique) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }
}
