package org.guanai.registry.internal.service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.RegistryText;
import org.guanai.registry.internal.jpa.RosterLayoutEntity;
import org.guanai.registry.internal.roster.RosterHeaders;
import org.guanai.registry.internal.roster.RosterLayout;

/**
 * How an import reads a file: a built-in layout, or one a county saved (its headers' columns and its persons'
 * category), plus the header overrides of the run ({@code --map 联系方式=phone}). Saving stores the mapping a run
 * used, so the next roster of the same county needs no overrides.
 */
final class RosterLayouts {

    static final int NAME_MAX = 40;
    /** In a mapping, a header mapped to this is read as no column (ignored). */
    static final String IGNORE = "-";

    /** What a run reads with. */
    record Plan(Map<String, RosterColumn> overrides, RosterLayout layout, CareCategory category, String name) {
    }

    private final JpaTemplate jpa;

    RosterLayouts(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The overrides, layout and category of a run, from its options; a bad option is a ValidationException. */
    Plan plan(ImportOptions o) {
        Map<String, RosterColumn> overrides = new LinkedHashMap<>();
        RosterLayout layout = null;
        CareCategory category = o.category;
        String name = o.layout == null || o.layout.isBlank() ? null : o.layout.strip();
        if (name != null) {
            Optional<RosterLayout> builtIn = RosterLayout.byId(name);
            if (builtIn.isPresent()) {
                layout = builtIn.get();
            } else {
                RosterLayoutEntity saved = jpa.txExpr(TransactionType.Required, em -> em.find(RosterLayoutEntity.class, name));
                if (saved == null) {
                    throw ValidationException.of("layout", RegistryText.text("import.noLayout", name));
                }
                layout = RosterLayout.byId(saved.getBaseLayout()).orElse(RosterLayout.TEMPLATE);
                overrides.putAll(parse(saved.getMapping()));
                if (category == null && saved.getCategory() != null) {
                    category = CareCategory.valueOf(saved.getCategory());
                }
            }
        }
        for (Map.Entry<String, String> e : o.mapping.entrySet()) {
            overrides.put(RosterHeaders.tidy(e.getKey()), column(e.getKey(), e.getValue()));
        }
        if (o.saveLayout != null && !o.saveLayout.isBlank() && (o.saveLayout.strip().length() > NAME_MAX
                || RosterLayout.byId(o.saveLayout).isPresent())) {
            throw ValidationException.of("saveLayout", RegistryText.text("import.layoutName", o.saveLayout.strip(), NAME_MAX));
        }
        return new Plan(overrides, layout, category, name);
    }

    /** The column a mapping names: a column's name, English or Chinese header, or {@code -} for none. */
    static RosterColumn column(String header, String value) {
        String v = value == null ? "" : value.strip();
        if (v.equals(IGNORE) || v.equalsIgnoreCase("ignore") || v.equals("忽略")) {
            return null;
        }
        for (RosterColumn c : RosterColumn.values()) {
            if (c.name().equalsIgnoreCase(v) || c.english().equalsIgnoreCase(v) || c.chinese().equals(v)) {
                return c;
            }
        }
        throw ValidationException.of("mapping", RegistryText.text("import.notAColumn", header, v));
    }

    /** Saves (or replaces) a layout: the headers a run read and the columns they were read as. */
    void save(String name, RosterLayout base, CareCategory category, Map<String, RosterColumn> headers, String user) {
        StringBuilder mapping = new StringBuilder();
        headers.forEach((h, c) -> mapping.append(h).append('=').append(c == null ? IGNORE : c.name()).append('\n'));
        jpa.tx(TransactionType.Required, em -> {
            RosterLayoutEntity e = em.find(RosterLayoutEntity.class, name.strip());
            if (e == null) {
                e = new RosterLayoutEntity(name.strip());
                em.persist(e);
            }
            e.setBaseLayout(base.id());
            e.setCategory(category == null ? null : category.name());
            e.setMapping(mapping.length() > 8000 ? mapping.substring(0, 8000) : mapping.toString());
            e.setSavedBy(user);
            e.setSavedAt(LocalDateTime.now(ZoneOffset.UTC));
        });
    }

    /** The saved layouts' names. */
    List<String> names() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT l.name FROM RosterLayout l ORDER BY l.name", String.class).getResultList());
    }

    private static Map<String, RosterColumn> parse(String mapping) {
        Map<String, RosterColumn> out = new LinkedHashMap<>();
        for (String line : mapping.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                String c = line.substring(eq + 1).strip();
                out.put(line.substring(0, eq), c.equals(IGNORE) ? null : RosterColumn.valueOf(c.toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }
}
