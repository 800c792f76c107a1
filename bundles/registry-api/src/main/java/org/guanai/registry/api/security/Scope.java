package org.guanai.registry.api.security;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the county a caller may see and change: all of it, or a set of townships (9-digit codes)
 * and villages (12-digit codes). A township includes its villages. Immutable.
 */
public final class Scope {

    private static final Scope ALL = new Scope(true, Set.of(), Set.of());
    private static final Scope NOTHING = new Scope(false, Set.of(), Set.of());

    private final boolean all;
    private final Set<String> townships;
    private final Set<String> villages;

    private Scope(boolean all, Set<String> townships, Set<String> villages) {
        this.all = all;
        this.townships = Collections.unmodifiableSet(new TreeSet<>(townships));
        this.villages = Collections.unmodifiableSet(new TreeSet<>(villages));
    }

    /** The whole county. */
    public static Scope all() {
        return ALL;
    }

    /** No division at all: a township user nobody has assigned a division yet. */
    public static Scope nothing() {
        return NOTHING;
    }

    /** These townships (with all their villages) and these villages. */
    public static Scope of(Set<String> townships, Set<String> villages) {
        return townships.isEmpty() && villages.isEmpty() ? NOTHING : new Scope(false, townships, villages);
    }

    public boolean isAll() {
        return all;
    }

    /** True when nothing is visible. */
    public boolean isNothing() {
        return !all && townships.isEmpty() && villages.isEmpty();
    }

    /** Townships included whole; empty for {@link #all()}. Sorted, unmodifiable. */
    public Set<String> townships() {
        return townships;
    }

    /** Villages included one by one (outside the townships above); empty for {@link #all()}. */
    public Set<String> villages() {
        return villages;
    }

    /** Whether a record of that township and village is inside; either code may be null (unknown). */
    public boolean includes(String townshipCode, String villageCode) {
        if (all) {
            return true;
        }
        return townshipCode != null && townships.contains(townshipCode)
                || villageCode != null && villages.contains(villageCode);
    }

    /** Whether the whole township is inside. */
    public boolean includesTownship(String townshipCode) {
        return all || townshipCode != null && townships.contains(townshipCode);
    }

    /** The townships of which some part is inside: whole townships and those of single villages (the first 9 digits). */
    public Set<String> touchedTownships() {
        Set<String> touched = new TreeSet<>(townships);
        for (String v : villages) {
            if (v.length() >= 9) {
                touched.add(v.substring(0, 9));
            }
        }
        return Collections.unmodifiableSet(touched);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope && ((Scope) o).all == all && ((Scope) o).townships.equals(townships)
                && ((Scope) o).villages.equals(villages);
    }

    @Override
    public int hashCode() {
        return (all ? 1 : 0) + 31 * townships.hashCode() + 961 * villages.hashCode();
    }

    @Override
    public String toString() {
        return all ? "all" : "townships " + townships + ", villages " + villages;
    }
}
