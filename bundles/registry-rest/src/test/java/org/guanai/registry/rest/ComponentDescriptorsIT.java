package org.guanai.registry.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.guanai.testing.BundleDescriptors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.guanai.registry.rest.admin.RoleResource;
import org.guanai.registry.rest.admin.UserResource;
import org.junit.Test;

/**
 * Checks the packaged bundle: it exports nothing, and bnd generated a component for every
 * resource that the whiteboard will serve only with auth, JSON and problem mapping present.
 * Runs after packaging (failsafe) because the component descriptors exist only in the jar; it
 * guards against a property type annotation silently replacing the extension select.
 */
public class ComponentDescriptorsIT {
    private static BundleDescriptors bundle;

    @BeforeClass
    public static void open() throws Exception {
        bundle = BundleDescriptors.open();
    }

    @AfterClass
    public static void close() throws Exception {
        if (bundle != null) {
            bundle.close();
        }
    }

    @Test
    public void exportsNothing() {
        assertEquals("org.guanai.registry.rest", bundle.header("Bundle-SymbolicName"));
        assertNull(bundle.header("Export-Package"));
    }

    @Test
    public void everyResourceIsAComponent() {
        Set<String> expected = ResourceContractTest.RESOURCES.stream()
                .map(c -> BundleDescriptors.descriptorPath(c.getName())).collect(Collectors.toCollection(TreeSet::new));
        expected.add(BundleDescriptors.descriptorPath(UserResource.class.getName()));
        expected.add(BundleDescriptors.descriptorPath(RoleResource.class.getName()));
        assertEquals(expected, bundle.serviceComponents());
    }

    @Test
    public void everyResourceSelectsAuthJsonAndProblems() throws Exception {
        bundle.assertResourcesSelectAuthJsonAndProblems(ResourceContractTest.RESOURCES);
        bundle.assertResourcesSelectAuthJsonAndProblems(java.util.List.of(UserResource.class));
    }
}
