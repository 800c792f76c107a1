package org.guanai.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * The server's answer when Jetty itself refuses a request, before any web context sees it: a request line it
 * cannot read, a path with {@code %00} or an ambiguous {@code ..;} segment. Jetty's default is an HTML page
 * ("Bad Message 400"); here it is {@code application/problem+json} like every other error of the API, with the
 * security headers, and nothing of the server's internals.
 */
final class ProblemErrorHandler extends ErrorHandler {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://guanai.org/problems/";

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    /** Makes this the server's error handler, once (pax-web gives it Jetty's). */
    static void installOn(Server server) {
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            synchronized (server) {
                if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                    server.setErrorHandler(new ProblemErrorHandler());
                }
            }
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.apply(fields::put, false);
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        return BufferUtil.toBuffer(problem(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
        SecurityHeaders.apply(response::setHeader, baseRequest.isSecure());
        response.getOutputStream().write(problem(code, message).getBytes(StandardCharsets.UTF_8));
    }

    /** An RFC 9457 problem: the API's malformed-request type for a 400, about:blank otherwise. */
    static String problem(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        String type = status == 400 ? TYPES + "malformed-request" : "about:blank";
        String detail = status == 400 ? "无法读取请求 — the request cannot be read" : title;
        if (reason != null && !reason.isBlank() && !reason.equals(title)) {
            detail += " (" + reason + ")";
        }
        return "{\"type\":\"" + type + "\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
                + json(detail) + "\"}";
    }

    private static String json(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
