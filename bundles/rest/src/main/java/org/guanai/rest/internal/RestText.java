package org.guanai.rest.internal;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/** What this bundle says to clients ({@code messages.properties}, Chinese; {@code messages_en.properties}), and in which language. */
public final class RestText {
    public static final MessageBundle TEXT = MessageBundle.of(RestText.class, "org.guanai.rest.internal.messages");

    private RestText() {
    }

    public static Message message(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** The language a request asks for with {@code Accept-Language}: English when it prefers it, else Chinese. */
    public static Locale language(HttpHeaders headers) {
        try {
            return headers == null ? Message.CHINESE : Message.choose(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Message.CHINESE; // a malformed header, or no request in scope: the default
        }
    }

    public static Locale language(ContainerRequestContext request) {
        try {
            return request == null ? Message.CHINESE : Message.choose(request.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Message.CHINESE;
        }
    }

    /** For tests and callers with the header's values at hand. */
    public static Locale language(List<Locale> acceptable) {
        return Message.choose(acceptable);
    }
}
