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
     * The fields whose value differs between {@code before} and {@code after} (either may be null: a create has
     * no before), in declaration order, as the trail shows them (masked).
     */
    public static List<FieldChangeDTO> diff(Object before, Object after) {
        return diff(snapshot(before), snapshot(after));
    }

    /**
     * The public fields of {@code dto} in declaration order, taken now: a write's "before" must be taken before
     * the write, in case the DTO shares a collection with the entity it came from. Empty for null.
     */
    public static Snapshot snapshot(Object dto) {
        Snapshot snapshot = new Snapshot();
        if (dto == null) {
            return snapshot;
        }
        for (Field f : publicFields(dto.getClass())) {
            if (!IGNORED.contains(f.getName())) {
                Object value = read(f, dto);
                snapshot.compared.put(f.getName(), render(f.getName(), value, false));
                snapshot.shown.put(f.getName(), render(f.getName(), value, true));
            }
        }
        return snapshot;
    }

    /**
     * The fields that changed. They are compared in full, so a phone whose middle digits changed is a change,
     * and recorded masked (where both sides then read {@code 138****5678}, the row still says the phone changed).
     */
    public static List<FieldChangeDTO> diff(Snapshot before, Snapshot after) {
        Set<String> names = new LinkedHashSet<>(after.compared.keySet());
        names.addAll(before.compared.keySet());
        List<FieldChangeDTO> changes = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.compared.get(name), after.compared.get(name))) {
                changes.add(new FieldChangeDTO(name, before.shown.get(name), after.shown.get(name)));
            }
        }
        return changes;
    }

    /**
     * A DTO's fields at one moment: as compared (in full) and as shown in the trail (masked). Held only for
     * the duration of one write; only the masked side is ever recorded.
     */
    public static final class Snapshot {
        private final Map<String, String> compared = new LinkedHashMap<>();
        private final Map<String, String> shown = new LinkedHashMap<>();

        private Snapshot() {
        }
    }

    /** A value as the trail shows it: masked when {@code field} names an ID number or phone. */
    static String render(String field, Object value) {
        return render(field, value, true);
    }

    private static String render(String field, Object value, boolean mask) {
        if (value == null) {
            return null;
        }
        String name = field.toLowerCase(Locale.ROOT);
        if (value instanceof CharSequence) {
            String text = value.toString();
            if (!mask) {
                return text;
            }
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
                String r = render(field, item, mask);
                out.add(r == null ? "null" : r);
            }
            return out.toString();
        }
        if (value instanceof Map<?, ?>) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(e.getKey());
                out.add(key + "=" + render(key, e.getValue(), mask));
            }
            return out.toString();
        }
        List<Field> fields = publicFields(value.getClass());
        if (fields.isEmpty()) {
            return value.toString();
        }
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (Field f : fields) {
            String r = render(f.getName(), read(f, value), mask);
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
