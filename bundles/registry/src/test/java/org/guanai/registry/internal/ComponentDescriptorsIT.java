package org.guanai.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.guanai.testing.BundleDescriptors;
import org.junit.Test;

/** The packaged registry bundle (after packaging: the descriptors exist only in the jar). */
public class ComponentDescriptorsIT {

    @Test
    public void exportsNothingAndCarriesTheBackupLibrary() throws Exception {
        try (BundleDescriptors bundle = BundleDescriptors.open()) {
            assertEquals("org.guanai.registry", bundle.header("Bundle-SymbolicName"));
            assertNull(bundle.header("Export-Package"));
            assertTrue(bundle.hasEntry("org/guanai/backup/DerbyBackup.class"));
            assertTrue(bundle.hasEntry("db/registry/changelog.xml"));
            assertTrue(bundle.hasEntry("META-INF/persistence.xml"));
        }
    }

    @Test
    public void everyComponentHasOneConstructorForInjection() throws Exception {
        try (BundleDescriptors bundle = BundleDescriptors.open()) {
            bundle.assertConstructorInjectionUnambiguous(getClass().getClassLoader());
        }
    }
}
