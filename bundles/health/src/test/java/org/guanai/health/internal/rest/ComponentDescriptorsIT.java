package org.guanai.health.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.guanai.rest.api.GuanaiRest;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
            "org.guanai.jpa.support", "org.guanai.registry.api", "org.guanai.registry.api.spi", "org.guanai.rest.api",
            "org.osgi.framework");

    private static JarFile jar;
    private static Attributes manifest;

    @BeforeClass
    public static void open() throws Exception {
        String path = System.getProperty("guanai.bundle");
        assertNotNull("system property guanai.bundle (set by the pom) names the bundle", path);
        jar = new JarFile(new File(path));
        manifest = jar.getManifest().getMainAttributes();
    }

    @AfterClass
    public static void close() throws Exception {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    public void exportsNothingAndDeclaresItsPersistenceUnit() {
        assertEquals("org.guanai.health", manifest.getValue("Bundle-SymbolicName"));
        assertNull(manifest.getValue("Export-Package"));
        assertEquals("META-INF/persistence.xml", manifest.getValue("Meta-Persistence"));
        assertNotNull(jar.getEntry("META-INF/persistence.xml"));
        assertNotNull(jar.getEntry("db/health/changelog.xml"));
    }

    @Test
    public void importsOnlyWhatTheDistributionOffers() {
        Map<String, String> imports = imports();
        for (String pkg : imports.keySet()) {
            assertTrue("unexpected import " + pkg, pkg.startsWith("java.") || IMPORTABLE.contains(pkg));
        }
        assertEquals("[2.0,3)", imports.get("javax.persistence"));
        // The metamodel lookups are the shared Filter's now (jpa-support's ManifestIT checks its range there);
        // should this bundle use the metamodel again, any 2.x still.
        String metamodel = imports.get("javax.persistence.metamodel");
        assertTrue(metamodel, metamodel == null || metamodel.equals("[2.0,3)"));
        // It implements the health API's provider interfaces: a minor API change needs a new bundle.
        assertEquals("[1.0,1.1)", imports.get("org.guanai.health.api"));
        // It only extends and implements the shared support's types: any 1.x will do.
        assertEquals("[1.0,2)", imports.get("org.guanai.jpa.support"));
    }

    @Test
    public void everyComponentIsListed() {
        Set<String> listed = Arrays.stream(manifest.getValue("Service-Component").split(","))
                .map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        ResourceContractTest.RESOURCES.forEach(c -> expected.add("OSGI-INF/" + c.getName() + ".xml"));
        for (String c : List.of("schema.HealthSchema", "service.CampaignServiceImpl", "service.CheckServiceImpl",
                "service.TalkServiceImpl", "service.ScreeningReportsImpl", "spi.HealthModule", "spi.HealthTimeline",
                "spi.HealthIndicators")) {
            expected.add("OSGI-INF/" + INTERNAL + c + ".xml");
        }
        assertEquals(expected, listed);
    }

    @Test
    public void everyResourceSelectsAuthJsonAndProblems() throws Exception {
        for (Class<?> resource : ResourceContractTest.RESOURCES) {
            Element component = descriptor(resource.getName());
            Map<String, List<String>> properties = properties(component);
            assertEquals(resource.getSimpleName(), List.of("true"), properties.get("osgi.jaxrs.resource"));
            assertEquals(resource.getSimpleName(),
                    new TreeSet<>(List.of(GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS)),
                    new TreeSet<>(properties.get("osgi.jaxrs.extension.select")));
            Element provide = (Element) component.getElementsByTagName("provide").item(0);
            assertEquals(resource.getName(), provide.getAttribute("interface"));
            assertTrue(resource.getSimpleName() + " references a service",
                    component.getElementsByTagName("reference").getLength() > 0);
        }
    }

    @Test
    public void everyJpaServiceUsesTheHealthUnitAndWaitsForTheSchema() throws Exception {
        for (String service : List.of("CampaignServiceImpl", "CheckServiceImpl", "TalkServiceImpl",
                "ScreeningReportsImpl")) {
            Map<String, Element> references = references(descriptor(INTERNAL + "service." + service));
            assertEquals(service, "org.apache.aries.jpa.template.JpaTemplate",
                    references.get("jpa").getAttribute("interface"));
            assertEquals(service, "(osgi.unit.name=guanai-health)", references.get("jpa").getAttribute("target"));
            assertEquals(service, INTERNAL + "schema.HealthSchema", references.get("schema").getAttribute("interface"));
        }
        Element schema = descriptor(INTERNAL + "schema.HealthSchema");
        assertEquals("true", schema.getAttribute("immediate"));
        assertEquals("org.guanai.registry.api.spi.SchemaMigrator",
                references(schema).get("migrator").getAttribute("interface"));
    }

    private static Map<String, String> imports() {
        // Package names and their version ranges; split on commas outside quotes.
        Map<String, String> imports = new LinkedHashMap<>();
        String header = manifest.getValue("Import-Package");
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        for (String clause : clauses) {
            String[] parts = clause.split(";");
            String version = null;
            for (String p : parts) {
                if (p.startsWith("version=")) {
                    version = p.substring("version=".length()).replace("\"", "");
                }
            }
            imports.put(parts[0].trim(), version);
        }
        return imports;
    }

    private static Element descriptor(String className) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getEntry("OSGI-INF/" + className + ".xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(in);
            return doc.getDocumentElement();
        }
    }

    private static Map<String, Element> references(Element component) {
        Map<String, Element> references = new HashMap<>();
        NodeList nodes = component.getElementsByTagName("reference");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element reference = (Element) nodes.item(i);
            references.put(reference.getAttribute("name"), reference);
        }
        return references;
    }

    /** DS property elements: one value in the value attribute, several as lines of the body. */
    private static Map<String, List<String>> properties(Element component) {
        Map<String, List<String>> properties = new HashMap<>();
        NodeList nodes = component.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            List<String> values = new ArrayList<>();
            if (property.hasAttribute("value")) {
                values.add(property.getAttribute("value"));
            } else {
                Arrays.stream(property.getTextContent().split("\n")).map(String::trim)
                        .filter(s -> !s.isEmpty()).forEach(values::add);
            }
            properties.put(property.getAttribute("name"), values);
        }
        return properties;
    }
}
