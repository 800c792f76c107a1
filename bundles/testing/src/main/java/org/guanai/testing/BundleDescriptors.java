package org.guanai.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The packaged bundle, for checks that run after packaging (failsafe): its manifest, and the DS component
 * descriptors bnd generated, which exist only in the jar. The module's pom names the jar in the system
 * property {@value #BUNDLE_PROPERTY}:
 *
 * <pre>{@code
 * <systemPropertyVariables>
 *     <guanai.bundle>${project.build.directory}/${project.build.finalName}.jar</guanai.bundle>
 * </systemPropertyVariables>
 * }</pre>
 */
public final class BundleDescriptors implements AutoCloseable {

    /** The system property naming the packaged bundle. */
    public static final String BUNDLE_PROPERTY = "guanai.bundle";

    private final JarFile jar;
    private final Attributes manifest;

    private BundleDescriptors(JarFile jar) throws IOException {
        this.jar = jar;
        this.manifest = jar.getManifest().getMainAttributes();
    }

    /** The bundle named by {@value #BUNDLE_PROPERTY}; fails if the property is not set. */
    public static BundleDescriptors open() throws IOException {
        String path = System.getProperty(BUNDLE_PROPERTY);
        assertNotNull("system property " + BUNDLE_PROPERTY + " (set by the pom) names the bundle", path);
        return new BundleDescriptors(new JarFile(new File(path)));
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }

    /** A main attribute of the manifest, or null. */
    public String header(String name) {
        return manifest.getValue(name);
    }

    /** Whether the jar has the entry {@code name}. */
    public boolean hasEntry(String name) {
        return jar.getEntry(name) != null;
    }

    /** The descriptors listed in Service-Component. */
    public Set<String> serviceComponents() {
        return Arrays.stream(manifest.getValue("Service-Component").split(","))
                .map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The descriptor path bnd uses for a component class: {@code OSGI-INF/<class name>.xml}. */
    public static String descriptorPath(String className) {
        return "OSGI-INF/" + className + ".xml";
    }

    /** Import-Package: each package with its version range (null without one). */
    public Map<String, String> imports() {
        // Split on commas outside quotes.
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

    /** The root element of the component descriptor of {@code className}. */
    public Element descriptor(String className) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getEntry(descriptorPath(className)))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(in);
            return doc.getDocumentElement();
        }
    }

    /** DS property elements: one value in the value attribute, several as lines of the body. */
    public static Map<String, List<String>> properties(Element component) {
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

    /** DS reference elements by name. */
    public static Map<String, Element> references(Element component) {
        Map<String, Element> references = new HashMap<>();
        NodeList nodes = component.getElementsByTagName("reference");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element reference = (Element) nodes.item(i);
            references.put(reference.getAttribute("name"), reference);
        }
        return references;
    }

    /**
     * Each resource is a JAX-RS whiteboard resource that selects the auth, JSON and problem extensions (so it
     * is served only with them present), provides its own class, and references a service: guards against a
     * property type annotation silently replacing the extension select.
     */
    public void assertResourcesSelectAuthJsonAndProblems(List<Class<?>> resources) throws Exception {
        for (Class<?> resource : resources) {
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

    /**
     * Every component that is built by constructor injection ({@code init="N"}) has exactly one public
     * constructor of N parameters. Felix SCR tries each public constructor of that many parameters in the JVM's
     * order and logs an ERROR for every one that does not fit, so a second one (a test constructor) puts a
     * misleading error into karaf.log at some boots.
     */
    public void assertConstructorInjectionUnambiguous(ClassLoader classes) throws Exception {
        for (String path : serviceComponents()) {
            Element component;
            try (InputStream in = jar.getInputStream(jar.getEntry(path))) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                component = factory.newDocumentBuilder().parse(in).getDocumentElement();
            }
            String init = component.getAttribute("init");
            if (init.isEmpty()) {
                continue;
            }
            Element implementation = (Element) component.getElementsByTagName("implementation").item(0);
            Class<?> type = classes.loadClass(implementation.getAttribute("class"));
            int parameters = Integer.parseInt(init);
            long candidates = Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == parameters).count();
            assertEquals(type.getName() + ": public constructors of " + parameters + " parameters", 1, candidates);
        }
    }
}
