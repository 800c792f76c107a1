package org.guanai.registry.api.audit;

import java.util.Objects;

/** One field of a write, as it was and as it became; null for "none". Personal values are masked. */
public class FieldChangeDTO {
    public String field;
    public String before;
    public String after;

    public FieldChangeDTO() {
    }

    public FieldChangeDTO(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FieldChangeDTO)) {
            return false;
        }
        FieldChangeDTO c = (FieldChangeDTO) o;
        return Objects.equals(field, c.field) && Objects.equals(before, c.before) && Objects.equals(after, c.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, before, after);
    }

    @Override
    public String toString() {
        return field + ": " + before + " -> " + after;
    }
}
