package org.guanai.rest.internal.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.swagger.v3.core.util.Json;

/**
 * Writes the document that a distribution with every resource on the class path serves, for clients generated
 * at build time ({@code itests} runs it before openapi-generator):
 * {@code java OpenApiDump target/openapi.json VERSION PACKAGE...}. Resources are the {@code @Path} classes of
 * the packages, all in the default application, as the whiteboard serves them today; a distribution test
 * compares this file with what the running distribution serves.
 */
public final class OpenApiDump {
    private OpenApiDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: OpenApiDump FILE VERSION PACKAGE...");
        }
        List<ApiResource> resources = new ArrayList<>();
        String[] packages = java.util.Arrays.copyOfRange(args, 2, args.length);
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages(packages).scan()) {
            scan.getClassesWithAnnotation(javax.ws.rs.Path.class.getName()).filter(c -> !c.isAbstract()
                    && !c.isInterface() && !c.isInnerClass()).loadClasses()
                    .forEach(type -> resources.add(new ApiResource("/", type)));
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.pretty(OpenApiDocument.build(args[1], resources)));
        System.out.println("Wrote " + file + ": " + resources.size() + " resources");
    }
}
