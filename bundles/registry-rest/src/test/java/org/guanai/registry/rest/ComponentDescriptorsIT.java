package org.guanai.registry.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Checks the packaged bundle: it exports nothing, and bnd generated a component for every
 * resource that the whiteboard will serve only with auth, JSON and problem mapping present.
 * Runs after packaging (failsafe) because the component descriptors exist only in the jar; it
 * guards against a property type annotation silently replacing the extension select.
 */
public class ComponentDescriptorsIT {
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
    public void exportsNothing() {
        assertEquals("org.guanai.registry.rest", manifest.getValue("Bundle-SymbolicName"));
        assertNull(manifest.getValue("Export-Package"));
    }

    @Test
    public void everyResourceIsAComponent() {
        Set<String> listed = Arrays.stream(manifest.getValue("Service-Component").split(","))
                .map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = ResourceContractTest.RESOURCES.stream()
                .map(c -> "OSGI-INF/" + c.getName() + ".xml").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, listed);
    }

    @Test
    public void everyResourceSelectsAuthJsonAndProblems() throws Exception {
        for (Class<?> resource : ResourceContractTest.RESOURCES) {
            Element component = descriptor(resource);
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

    private static Element descriptor(Class<?> resource) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getEntry("OSGI-INF/" + resource.getName() + ".xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(in);
            return doc.getDocumentElement();
        }
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
