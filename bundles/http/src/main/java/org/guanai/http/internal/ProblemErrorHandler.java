package org.guanai.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * The server's answer when Jetty itself refuses a request, before any web context sees it: a request line it
 * cannot read, a path with {@code %00} or an ambiguous {@code ..;} segment. Jetty's default is an HTML page
 * ("Bad Message 400"); here it is {@code application/problem+json} like every other error of the API, with the
 * security headers, and nothing of the server's internals.
 */
final class ProblemErrorHandler extends ErrorHandler {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPES = "https://guanai.org/problems/";
    /** What this bundle says ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
    static final MessageBundle TEXT = MessageBundle.of(ProblemErrorHandler.class, "org.guanai.http.internal.messages");

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
        // a request Jetty could not read has no headers to go by: the default language
        return BufferUtil.toBuffer(problem(status, reason, Message.CHINESE).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
        SecurityHeaders.apply(response::setHeader, baseRequest.isSecure());
        response.getOutputStream().write(problem(code, message, language(request.getHeader("Accept-Language")))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The language an {@code Accept-Language} header asks for: English when it prefers it, else Chinese. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Message.CHINESE;
        }
        try {
            List<Locale> acceptable = new ArrayList<>();
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() > 0) {
                    acceptable.add(Locale.forLanguageTag(range.getRange()));
                }
            }
            return Message.choose(acceptable);
        } catch (IllegalArgumentException e) {
            return Message.CHINESE; // a malformed header: the default
        }
    }

    /**
     * An RFC 9457 problem: the API's malformed-request type for a 400, its detail in {@code language}, and
     * about:blank otherwise. Jetty's reason (English, as Jetty writes it) is kept in parentheses.
     */
    static String problem(int status, String reason, Locale language) {
        String title = HttpStatus.getMessage(status);
        String type = status == 400 ? TYPES + "malformed-request" : "about:blank";
        boolean withReason = reason != null && !reason.isBlank() && !reason.equals(title);
        String detail;
        if (status == 400) {
            detail = (withReason ? TEXT.message("malformed.reason", reason) : TEXT.message("malformed")).render(language);
        } else {
            detail = withReason ? title + " (" + reason + ")" : title;
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
