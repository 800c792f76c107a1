package org.guanai.jpa.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.guanai.registry.api.audit.FieldChangeDTO;
import org.guanai.registry.api.security.Masking;

/**
 * The changed fields of a write, for the audit trail: the public fields of a DTO before and after, each
 * rendered as text, with ID numbers and phones masked (by field name: any field whose name contains
 * "idNumber" or "phone", at any depth) so the trail never holds them in full.
 *
 * <p>What is not a change is left out: the optimistic-concurrency {@code version}, which every write moves
 * on, and the computed {@code warnings}.
 */
public final class AuditDiff {

    /** Fields that every write changes or that are derived, not written. */
    private static final Set<String> IGNORED = Set.of("version", "warnings");

    private AuditDiff() {
    }

    /**
     * The fields whose rendered value differs between {@code before} and {@code after} (either may be null:
     * a create has no before), in declaration order.
     */
    public static List<FieldChangeDTO> diff(Object before, Object after) {
        return diff(snapshot(before), snapshot(after));
    }

    /**
     * The rendered public fields of {@code dto} (masked, in declaration order), taken now: a write's "before"
     * must be taken before the write, in case the DTO shares a collection with the entity it came from.
     * Empty for null.
     */
    public static Map<String, String> snapshot(Object dto) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (dto == null) {
            return fields;
        }
        for (Field f : publicFields(dto.getClass())) {
            if (!IGNORED.contains(f.getName())) {
                fields.put(f.getName(), render(f.getName(), read(f, dto)));
            }
        }
        return fields;
    }

    /** The fields whose value differs between two snapshots; a field missing on one side is null there. */
    public static List<FieldChangeDTO> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChangeDTO> changes = new ArrayList<>();
        for (String name : names) {
            String was = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChangeDTO(name, was, now));
            }
        }
        return changes;
    }

    /** A value as the trail shows it: masked when {@code field} names an ID number or phone. */
    static String render(String field, Object value) {
        if (value == null) {
            return null;
        }
        String name = field.toLowerCase(Locale.ROOT);
        if (value instanceof CharSequence) {
            String text = value.toString();
            if (name.contains("idnumber")) {
                return Masking.isMasked(text) ? text : Masking.idNumber(text);
            }
            if (name.contains("phone")) {
                return Masking.isMasked(text) ? text : Masking.phone(text);
            }
            return text;
        }
        if (value instanceof Enum<?>) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.temporal.TemporalAccessor
                || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Collection<?>) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            for (Object item : (Collection<?>) value) {
                String r = render(field, item);
                out.add(r == null ? "null" : r);
            }
            return out.toString();
        }
        if (value instanceof Map<?, ?>) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(e.getKey());
                out.add(key + "=" + render(key, e.getValue()));
            }
            return out.toString();
        }
        List<Field> fields = publicFields(value.getClass());
        if (fields.isEmpty()) {
            return value.toString();
        }
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (Field f : fields) {
            String r = render(f.getName(), read(f, value));
            if (r != null) {
                out.add(f.getName() + "=" + r);
            }
        }
        return out.toString();
    }

    private static List<Field> publicFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }
}
