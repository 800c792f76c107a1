package org.guanai.health.internal.rest;

import static org.guanai.testing.BundleDescriptors.descriptorPath;
import static org.guanai.testing.BundleDescriptors.references;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.guanai.testing.BundleDescriptors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * Checks the packaged bundle (failsafe, after packaging: the descriptors and the manifest exist only
 * in the jar): it exports nothing, declares its persistence unit, imports only what the distribution
 * offers, and every resource is a component the whiteboard serves only with auth, JSON and problem
 * mapping present; every JPA service waits for the schema and uses the health unit.
 */
public class ComponentDescriptorsIT {
    private static final String INTERNAL = "org.guanai.health.internal.";
    /** The packages a Karaf 4.4 distribution with the registry, REST and JPA support and JPA features offers. */
    private static final Set<String> IMPORTABLE = Set.of("javax.persistence", "javax.persistence.metamodel",
            "javax.ws.rs", "javax.ws.rs.core", "org.apache.aries.jpa.template", "org.guanai.health.api",
            "org.guanai.jpa.support", "org.slf4j", "org.guanai.registry.api", "org.guanai.registry.api.audit",
            "org.guanai.registry.api.security", "org.guanai.registry.api.spi", "org.guanai.rest.api",
            "org.osgi.framework",
            // the OpenAPI document's parameter and request-body annotations (guanai-rest installs swagger-core)
            "io.swagger.v3.oas.annotations", "io.swagger.v3.oas.annotations.media",
            "io.swagger.v3.oas.annotations.parameters");

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
    public void exportsNothingAndDeclaresItsPersistenceUnit() {
        assertEquals("org.guanai.health", bundle.header("Bundle-SymbolicName"));
        assertNull(bundle.header("Export-Package"));
        assertEquals("META-INF/persistence.xml", bundle.header("Meta-Persistence"));
        assertTrue(bundle.hasEntry("META-INF/persistence.xml"));
        assertTrue(bundle.hasEntry("db/health/changelog.xml"));
    }

    @Test
    public void importsOnlyWhatTheDistributionOffers() {
        Map<String, String> imports = bundle.imports();
        for (String pkg : imports.keySet()) {
            assertTrue("unexpected import " + pkg, pkg.startsWith("java.") || IMPORTABLE.contains(pkg));
        }
        assertEquals("[2.0,3)", imports.get("javax.persistence"));
        // The metamodel lookups are the shared Filter's now (jpa-support's ManifestIT checks its range there);
        // should this bundle use the metamodel again, any 2.x still.
        String metamodel = imports.get("javax.persistence.metamodel");
        assertTrue(metamodel, metamodel == null || metamodel.equals("[2.0,3)"));
        // It implements the health API's provider interfaces: a minor API change needs a new bundle.
        assertEquals("[2.1,2.2)", imports.get("org.guanai.health.api"));
        // It only extends and implements the shared support's types: any 1.x from the one it was built against (1.2).
        assertEquals("[1.2,2)", imports.get("org.guanai.jpa.support"));
    }

    @Test
    public void everyComponentIsListed() {
        Set<String> expected = new TreeSet<>();
        ResourceContractTest.RESOURCES.forEach(c -> expected.add(descriptorPath(c.getName())));
        for (String c : List.of("rest.HealthApplication", "schema.HealthSchema", "service.CampaignServiceImpl", "service.CheckServiceImpl",
                "service.TalkServiceImpl", "service.ScreeningReportsImpl", "spi.HealthModule", "spi.HealthTimeline",
                "spi.HealthIndicators", "spi.HealthDemoData", "spi.HealthActionLists", "spi.HealthBulletin")) {
            expected.add(descriptorPath(INTERNAL + c));
        }
        assertEquals(expected, bundle.serviceComponents());
    }

    @Test
    public void everyResourceSelectsAuthJsonAndProblems() throws Exception {
        bundle.assertResourcesSelectAuthJsonAndProblems(ResourceContractTest.RESOURCES);
    }

    @Test
    public void everyJpaServiceUsesTheHealthUnitAndWaitsForTheSchema() throws Exception {
        for (String service : List.of("CampaignServiceImpl", "CheckServiceImpl", "TalkServiceImpl",
                "ScreeningReportsImpl")) {
            Map<String, Element> references = references(bundle.descriptor(INTERNAL + "service." + service));
            assertEquals(service, "org.apache.aries.jpa.template.JpaTemplate",
                    references.get("jpa").getAttribute("interface"));
            assertEquals(service, "(osgi.unit.name=guanai-health)", references.get("jpa").getAttribute("target"));
            assertEquals(service, INTERNAL + "schema.HealthSchema", references.get("schema").getAttribute("interface"));
        }
        Element schema = bundle.descriptor(INTERNAL + "schema.HealthSchema");
        assertEquals("true", schema.getAttribute("immediate"));
        assertEquals("org.guanai.registry.api.spi.SchemaMigrator",
                references(schema).get("migrator").getAttribute("interface"));
    }
}
