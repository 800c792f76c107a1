package org.guanai.registry.rest;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * What the registry's resources say when they refuse a parameter before any service sees it
 * ({@code text/messages.properties}, Chinese; {@code text/messages_en.properties}, English).
 */
public final class RegistryRestText {
    public static final MessageBundle TEXT = MessageBundle.of(RegistryRestText.class, "org.guanai.registry.rest.text.messages");

    private RegistryRestText() {
    }

    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }
}
