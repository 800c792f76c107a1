package org.guanai.registry.api.spi;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A part of a module's records that only some roles read (health results, rights-case details), declared by its
 * {@link ModuleDescriptor#sensitiveData()}. The module asks
 * {@link org.guanai.registry.api.security.Visibility#mayRead(String)} with the key before it shows or accepts those
 * fields, and {@link org.guanai.registry.api.security.Visibility#cells(String)} for counts derived from them; it
 * never decides by role names itself. {@code admin} always reads. Immutable.
 */
public final class SensitiveData {
    private final String key;
    private final String nameZh;
    private final String nameEn;
    private final Set<String> readers;

    /**
     * @param key     {@code <module id>.<what>}, e.g. {@code health.results}
     * @param nameZh  what it is, in Chinese (健康检查结果)
     * @param nameEn  the same in English (health check results)
     * @param readers the roles that read it besides admin
     */
    public SensitiveData(String key, String nameZh, String nameEn, List<String> readers) {
        this.key = Objects.requireNonNull(key, "key");
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.readers = Collections.unmodifiableSet(new TreeSet<>(readers));
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The roles that read it besides admin; sorted, unmodifiable. */
    public Set<String> readers() {
        return readers;
    }

    @Override
    public String toString() {
        return key + readers;
    }
}
