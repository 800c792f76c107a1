package org.guanai.web.internal;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;

/**
 * The server's bare address ({@code http://server:8181/}, what a county clerk types) leads to the dashboard.
 * Mapped to the servlet pattern {@code ""}, which matches the root exactly: every other path stays with the
 * REST API (whose whiteboard holds {@code /*}) and the page.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=",
    "osgi.http.whiteboard.servlet.name=guanai-root",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public class RootRedirect extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(request.isSecure(), response::setHeader);
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.sendRedirect(DashboardServlet.ROOT + "/");
    }
}
