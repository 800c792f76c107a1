package org.guanai.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the dashboard's static files from this bundle at {@code /guanai/}: the page, its scripts and styles,
 * and ECharts. Nothing here is personal: the page reads everything over REST, signed in. Each answer carries
 * the security headers ({@link SecurityHeaders}); only the files of the page exist (see {@link StaticFiles}).
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=" + DashboardServlet.ROOT + "/*",
    "osgi.http.whiteboard.servlet.name=guanai-dashboard",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class DashboardServlet extends HttpServlet {
    static final String ROOT = "/guanai";
    private static final long serialVersionUID = 1L;

    private final transient StaticFiles files = new StaticFiles(name -> DashboardServlet.class.getResource("/web/" + name));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        SecurityHeaders.apply(request.isSecure(), response::setHeader);
        String path = request.getPathInfo();
        if (path == null) { // /guanai without the slash: the page's relative links need it
            response.sendRedirect(ROOT + "/");
            return;
        }
        StaticFiles.Found found = files.find(path).orElse(null);
        if (found == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(found.contentType);
        // revalidated on every load, so an upgrade reaches every browser at once
        response.setHeader("Cache-Control", "no-cache");
        if (!body) {
            return;
        }
        try (InputStream in = found.url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** For tests. */
    static URL resource(String name) {
        return DashboardServlet.class.getResource("/web/" + name);
    }
}
