package org.guanai.itests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The two distributions the benchmarks compare: Guanai as this build made it, and stock Apache Karaf
 * 4.4.10 with the same third-party stack as boot features. That stack is read from the Guanai
 * distribution itself: every feature and bundle that {@code guanai-core} pulls in, minus Guanai's own
 * bundles (and the same features processing, which swaps in Jackson 2.18), so the baseline follows
 * whatever the features file says.
 */
final class Distributions {
    private Distributions() {
    }

    static Karaf guanai(Path parent) throws Exception {
        Karaf guanai = Karaf.unpack(BenchSettings.GUANAI, parent, "guanai").withDemoCounty().withGuanaiAdmin();
        if ("off".equalsIgnoreCase(System.getProperty("bench.shared.cache", "on"))) {
            // as several nodes run it (README: Several nodes on one PostgreSQL): no node-local copy of records
            guanai.setProperty("etc/system.properties", "eclipselink.cache.shared.default", "false");
        }
        return guanai;
    }

    /**
     * Stock Karaf with the third-party features and bundles of {@code guanai-core} as boot features,
     * resolved from the system folder of an unpacked Guanai distribution {@code reference} (offline).
     */
    static Karaf stock(Path parent, Karaf reference) throws Exception {
        Karaf stock = Karaf.unpack(BenchSettings.STOCK, parent, "stock");
        Path featuresXml;
        try (Stream<Path> s = Files.walk(reference.home.resolve("system/org/guanai/guanai-features"))) {
            featuresXml = s.filter(p -> p.getFileName().toString().endsWith("-features.xml")).findFirst().orElseThrow();
        }
        Path baseline = stock.home.resolve("etc/bench-baseline-features.xml");
        Files.writeString(baseline, baselineFeatures(featuresXml));
        stock.setProperty("etc/org.apache.karaf.features.cfg", "featuresRepositories",
                String.join(", ", repositories(stock.home.resolve("etc/org.apache.karaf.features.cfg")))
                        + ", " + baseline.toUri());
        List<String> boot = bootFeatures(stock.home.resolve("etc/org.apache.karaf.features.cfg"));
        boot.add("guanai-baseline");
        stock.setProperty("etc/org.apache.karaf.features.cfg", "featuresBoot", String.join(", ", boot));
        Files.copy(reference.home.resolve("etc/org.apache.karaf.features.xml"), stock.home.resolve("etc/org.apache.karaf.features.xml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String m2 = System.getProperty("bench.m2", System.getProperty("user.home") + "/.m2/repository");
        stock.setProperty("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots, "
                        + reference.home.resolve("system").toUri() + "@id=guanai.system@snapshots, "
                        + Path.of(m2).toUri() + "@id=bench.local@snapshots");
        // the JVM option Guanai's bin/setenv sets for a JDK 17 zip check (STACK.md pitfall 3), so both run alike
        stock.appendLine("bin/setenv", "export EXTRA_JAVA_OPTS=\"-Djdk.util.zip.disableZip64ExtraFieldValidation=true ${EXTRA_JAVA_OPTS:-}\"");
        return stock;
    }

    /** A features file with one feature, {@code guanai-baseline}: guanai-core's third-party content. */
    static String baselineFeatures(Path guanaiFeatures) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        Document doc = f.newDocumentBuilder().parse(guanaiFeatures.toFile());
        Set<String> repositories = new LinkedHashSet<>();
        NodeList repos = doc.getElementsByTagName("repository");
        for (int i = 0; i < repos.getLength(); i++) {
            repositories.add(repos.item(i).getTextContent().trim());
        }
        Set<String> features = new LinkedHashSet<>();
        Set<String> bundles = new LinkedHashSet<>();
        collect(doc, "guanai-core", new LinkedHashSet<>(), features, bundles);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"guanai-bench-baseline\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n");
        repositories.forEach(r -> b.append("  <repository>").append(r).append("</repository>\n"));
        b.append("  <feature name=\"guanai-baseline\" version=\"1.0.0\">\n");
        features.forEach(x -> b.append("    <feature>").append(x).append("</feature>\n"));
        bundles.forEach(x -> b.append("    ").append(x).append('\n'));
        return b.append("  </feature>\n</features>\n").toString();
    }

    private static void collect(Document doc, String name, Set<String> seen, Set<String> features, Set<String> bundles) {
        if (!seen.add(name)) {
            return;
        }
        NodeList all = doc.getElementsByTagName("feature");
        for (int i = 0; i < all.getLength(); i++) {
            Element feature = (Element) all.item(i);
            if (!name.equals(feature.getAttribute("name")) || feature.getParentNode() != doc.getDocumentElement()) {
                continue;
            }
            for (Node c = feature.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element)) {
                    continue;
                }
                Element e = (Element) c;
                String text = e.getTextContent().trim();
                if (e.getTagName().equals("feature")) {
                    if (text.startsWith("guanai-")) {
                        collect(doc, text, seen, features, bundles);
                    } else {
                        features.add(text);
                    }
                } else if (e.getTagName().equals("bundle") && !text.startsWith("mvn:org.guanai/")) {
                    String startLevel = e.getAttribute("start-level");
                    bundles.add("<bundle dependency=\"true\"" + (startLevel.isEmpty() ? "" : " start-level=\"" + startLevel + "\"")
                            + ">" + text + "</bundle>");
                }
            }
        }
    }

    private static List<String> repositories(Path cfg) throws IOException {
        return listProperty(cfg, "featuresRepositories");
    }

    static List<String> bootFeatures(Path cfg) throws IOException {
        return listProperty(cfg, "featuresBoot");
    }

    /** A comma-separated, backslash-continued property of a Karaf .cfg file. */
    private static List<String> listProperty(Path cfg, String key) throws IOException {
        List<String> lines = Files.readAllLines(cfg);
        StringBuilder value = null;
        for (String line : lines) {
            if (value == null && line.matches("\\s*" + key + "\\s*=.*")) {
                value = new StringBuilder(line.substring(line.indexOf('=') + 1));
            } else if (value != null) {
                value.append(line);
            }
            if (value != null && !line.trim().endsWith("\\")) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.toString().replace("\\", "").split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
