package org.guanai.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The server's bare address ({@code http://server:8181/}, what a county clerk types) leads to the dashboard.
 * A filter, not a servlet: the JAX-RS whiteboard's servlet holds {@code /*} in the same context, and pax-web
 * turns the exact-root pattern {@code ""} into the default servlet's {@code /}, which loses to it. Every other
 * request, and anything but a GET or HEAD of the root, passes untouched.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=guanai-root",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class RootRedirect implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest && response instanceof HttpServletResponse
                && isRoot((HttpServletRequest) request)) {
            HttpServletResponse http = (HttpServletResponse) response;
            SecurityHeaders.apply(request.isSecure(), http::setHeader);
            http.sendRedirect(DashboardServlet.ROOT + "/");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A GET or HEAD of exactly "/". */
    static boolean isRoot(HttpServletRequest request) {
        String method = request.getMethod();
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return ("GET".equals(method) || "HEAD".equals(method)) && uri != null
                && uri.equals(context + "/");
    }
}
