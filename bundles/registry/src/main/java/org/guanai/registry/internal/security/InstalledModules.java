package org.guanai.registry.internal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.api.spi.ModuleRole;
import org.guanai.registry.api.spi.SensitiveData;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules installed now, as their {@link ModuleDescriptor}s come and go: what they are, the roles they bring and
 * their sensitive data. One tracker for the registry's module list, role list and visibility rules.
 */
@Component(service = InstalledModules.class)
public class InstalledModules {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledModules.class);

    private final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void add(ModuleDescriptor descriptor) {
        descriptors.add(descriptor);
    }

    public void remove(ModuleDescriptor descriptor) {
        descriptors.remove(descriptor);
    }

    /** The descriptors, in the order they arrived. */
    public List<ModuleDescriptor> descriptors() {
        return List.copyOf(descriptors);
    }

    /** Every role the installed modules bring. */
    public List<ModuleRole> roles() {
        return collect(ModuleDescriptor::roles);
    }

    /** The sensitive data of that key, while its module is installed. */
    public Optional<SensitiveData> sensitiveData(String key) {
        return collect(ModuleDescriptor::sensitiveData).stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The module id a role belongs to, or null. */
    public String moduleOf(ModuleRole role) {
        for (ModuleDescriptor d : descriptors) {
            if (safely(d, ModuleDescriptor::roles).contains(role)) {
                return safely(d, ModuleDescriptor::id);
            }
        }
        return null;
    }

    private <T> List<T> collect(Function<ModuleDescriptor, List<T>> part) {
        List<T> all = new ArrayList<>();
        for (ModuleDescriptor d : descriptors) {
            List<T> items = safely(d, part);
            if (items != null) {
                all.addAll(items);
            }
        }
        return all;
    }

    /** A descriptor that fails is left out (and logged), never allowed to break the registry. */
    static <T> T safely(ModuleDescriptor d, Function<ModuleDescriptor, T> part) {
        try {
            return part.apply(d);
        } catch (RuntimeException e) {
            LOG.warn("Module descriptor {} failed", d.getClass().getName(), e);
            return null;
        }
    }
}
