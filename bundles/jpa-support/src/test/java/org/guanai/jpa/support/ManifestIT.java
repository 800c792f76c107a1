package org.guanai.jpa.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.Test;

/**
 * Checks the packaged bundle (failsafe, after packaging): it exports its one package at the version of its
 * package-info, accepts any JPA 2.x, and carries no persistence unit (the modules' bundles declare theirs).
 */
public class ManifestIT {

    private static Attributes manifest() throws Exception {
        String path = System.getProperty("guanai.bundle");
        assertNotNull("system property guanai.bundle (set by the pom) names the bundle", path);
        try (JarFile jar = new JarFile(new File(path))) {
            return jar.getManifest().getMainAttributes();
        }
    }

    /** A header's clauses: split on the commas outside quotes. */
    private static List<String> clauses(String header) {
        return Arrays.asList(header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
    }

    @Test
    public void exportsOnlyItsPackageAtVersionOne() throws Exception {
        Attributes manifest = manifest();
        assertEquals("org.guanai.jpa.support", manifest.getValue("Bundle-SymbolicName"));
        List<String> exports = clauses(manifest.getValue("Export-Package"));
        assertEquals(exports.toString(), 1, exports.size());
        assertTrue(exports.get(0), exports.get(0).startsWith("org.guanai.jpa.support;version=\"1."));
        assertNull(manifest.getValue("Meta-Persistence"));
    }

    @Test
    public void acceptsAnyJpa2() throws Exception {
        List<String> imports = clauses(manifest().getValue("Import-Package"));
        assertTrue(imports.toString(), imports.contains("javax.persistence;version=\"[2.0,3)\""));
        assertTrue(imports.toString(), imports.contains("javax.persistence.metamodel;version=\"[2.0,3)\""));
    }
}
