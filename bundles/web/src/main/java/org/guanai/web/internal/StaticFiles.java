package org.guanai.web.internal;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which request paths are files of the page: a plain relative name of letters, digits, dots, dashes and
 * underscores in at most three folders, with a known extension. No "..", no encoded characters, no
 * directories: anything else is not found, whatever the bundle holds. "/" is {@code index.html}.
 */
final class StaticFiles {

    static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "png", "image/png",
            "svg", "image/svg+xml",
            "ico", "image/x-icon",
            "json", "application/json; charset=UTF-8",
            "txt", "text/plain; charset=UTF-8");

    private static final Pattern NAME = Pattern.compile("(?:[A-Za-z0-9_-]+/){0,3}[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.([a-z]+)");

    private final Function<String, URL> resources;

    /** {@code resources}: the URL of a file of the page by its name, null when there is none. */
    StaticFiles(Function<String, URL> resources) {
        this.resources = resources;
    }

    /** The file for a request's path inside the page (the servlet's path info, starting with "/"). */
    Optional<Found> find(String pathInfo) {
        String name = "/".equals(pathInfo) ? "index.html" : pathInfo.substring(1);
        var m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = TYPES.get(m.group(1));
        if (type == null) {
            return Optional.empty();
        }
        URL url = resources.apply(name);
        return url == null ? Optional.empty() : Optional.of(new Found(url, type));
    }

    static final class Found {
        final URL url;
        final String contentType;

        Found(URL url, String contentType) {
            this.url = url;
            this.contentType = contentType;
        }
    }
}
