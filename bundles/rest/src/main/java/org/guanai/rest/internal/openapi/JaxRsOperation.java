package org.guanai.rest.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * One resource method as the JAX-RS runtime serves it: HTTP method, full path template, media
 * types. JAX-RS annotations may sit on the class or on an interface or superclass it inherits
 * them from; sub-resource locators (a {@code @Path} without an HTTP method) are not followed.
 */
final class JaxRsOperation {
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    final String httpMethod;
    final String path;
    final Class<?> resource;
    /** The method of the resource class (its generic return type is the most precise). */
    final Method implementation;
    /** The method carrying the JAX-RS annotations: {@code implementation} or one it overrides. */
    final Method annotated;
    final List<String> consumes;
    final List<String> produces;

    private JaxRsOperation(String httpMethod, String path, Class<?> resource, Method implementation, Method annotated) {
        this.httpMethod = httpMethod;
        this.path = path;
        this.resource = resource;
        this.implementation = implementation;
        this.annotated = annotated;
        this.consumes = mediaTypes(Consumes.class, annotated, resource);
        this.produces = mediaTypes(Produces.class, annotated, resource);
    }

    /** The operations of {@code resource} when its application is served at {@code base}. */
    static List<JaxRsOperation> of(Class<?> resource, String base) {
        Path classPath = findOnType(resource, Path.class);
        if (classPath == null) {
            return List.of();
        }
        List<JaxRsOperation> operations = new ArrayList<>();
        Method[] methods = resource.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        for (Method m : methods) {
            if (m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Method annotated = annotatedVersion(resource, m);
            String httpMethod = annotated == null ? null : httpMethod(annotated);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = annotated.getAnnotation(Path.class);
            String path = join(base, classPath.value(), methodPath == null ? null : methodPath.value());
            operations.add(new JaxRsOperation(httpMethod, path, resource, m, annotated));
        }
        return operations;
    }

    /** The names of the {@code {templates}} in {@link #path}, in order. */
    List<String> pathTemplates() {
        List<String> names = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** "/" + the non-empty segments of all parts, regular expressions removed from templates. */
    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            for (String segment : withoutRegex(part).split("/")) {
                if (!segment.isEmpty()) {
                    sb.append('/').append(segment);
                }
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** {@code {id: \d+}} becomes {@code {id}}: OpenAPI templates carry no regular expression. */
    static String withoutRegex(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean inName = true;
            int depth = 1;
            int j = i + 1;
            for (; j < template.length(); j++) {
                char d = template.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    break;
                } else if (d == ':' && depth == 1) {
                    inName = false;
                } else if (inName && depth == 1) {
                    name.append(d);
                }
            }
            out.append('{').append(name.toString().trim()).append('}');
            i = j + 1;
        }
        return out.toString();
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean hasJaxRsAnnotations(Method m) {
        return m.isAnnotationPresent(Path.class) || httpMethod(m) != null;
    }

    /** JAX-RS inheritance: the method itself if annotated, else the first annotated one it overrides. */
    private static Method annotatedVersion(Class<?> resource, Method m) {
        if (hasJaxRsAnnotations(m)) {
            return m;
        }
        for (Class<?> type : supertypes(resource)) {
            try {
                Method candidate = type.getDeclaredMethod(m.getName(), m.getParameterTypes());
                if (hasJaxRsAnnotations(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return null;
    }

    private static <A extends Annotation> A findOnType(Class<?> type, Class<A> annotation) {
        for (Class<?> t : supertypes(type)) {
            A found = t.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The class, its superclasses, then all interfaces, most specific first. */
    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            result.add(c);
        }
        List<Class<?>> queue = new ArrayList<>(result);
        for (int i = 0; i < queue.size(); i++) {
            for (Class<?> itf : queue.get(i).getInterfaces()) {
                if (result.add(itf)) {
                    queue.add(itf);
                }
            }
        }
        return result;
    }

    private static List<String> mediaTypes(Class<? extends Annotation> kind, Method annotated, Class<?> resource) {
        Annotation a = annotated.getAnnotation(kind);
        if (a == null) {
            a = annotated.getDeclaringClass().getAnnotation(kind);
        }
        if (a == null) {
            a = findOnType(resource, kind);
        }
        String[] values = a == null ? new String[0]
                : a instanceof Consumes ? ((Consumes) a).value() : ((Produces) a).value();
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.trim());
                }
            }
        }
        return types.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : types;
    }
}
