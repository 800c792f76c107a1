package org.guanai.rest.internal.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import io.swagger.v3.core.util.Json;

/**
 * Writes the document that a distribution with every resource on the class path serves, for clients generated
 * at build time ({@code itests} runs it before openapi-generator):
 * {@code java OpenApiDump target/openapi.json VERSION PACKAGE...}. Resources are the {@code @Path} classes of
 * the packages, each in its application (a module's own, under its base, or the default one), as the whiteboard
 * serves them; a distribution test
 * compares this file with what the running distribution serves.
 */
public final class OpenApiDump {
    private static final String APPLICATION_BASE = "org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase";
    private static final String APPLICATION_SELECT = "org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect";
    private static final String NAME = "org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName";

    private OpenApiDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: OpenApiDump FILE VERSION PACKAGE...");
        }
        List<ApiResource> resources = new ArrayList<>();
        String[] packages = java.util.Arrays.copyOfRange(args, 2, args.length);
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages(packages).scan()) {
            // a module's resources live in its own application (@JaxrsApplicationBase), which they select by name
            Map<String, String> bases = new HashMap<>();
            for (ClassInfo application : scan.getClassesWithAnnotation(APPLICATION_BASE)) {
                AnnotationInfo name = application.getAnnotationInfo(NAME);
                if (name != null) {
                    bases.put("(osgi.jaxrs.name=" + name.getParameterValues().getValue("value") + ")",
                            "/" + String.valueOf(application.getAnnotationInfo(APPLICATION_BASE).getParameterValues()
                                    .getValue("value")).replaceFirst("^/+", ""));
                }
            }
            for (ClassInfo resource : scan.getClassesWithAnnotation(javax.ws.rs.Path.class.getName()).filter(c ->
                    !c.isAbstract() && !c.isInterface() && !c.isInnerClass())) {
                AnnotationInfo select = resource.getAnnotationInfo(APPLICATION_SELECT);
                String base = select == null ? "/" : bases.getOrDefault(
                        String.valueOf(select.getParameterValues().getValue("value")), "/");
                resources.add(new ApiResource(base, resource.loadClass()));
            }
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.pretty(OpenApiDocument.build(args[1], resources)));
        System.out.println("Wrote " + file + ": " + resources.size() + " resources");
    }
}
