package org.guanai.legal.internal.spi;

import org.guanai.legal.internal.LegalText;
import org.guanai.registry.api.Message;

/** Chinese words for the module's values on timelines and action lists: their labels in the module's bundle. */
final class Kinds {

    private Kinds() {
    }

    static String zh(Enum<?> value) {
        return LegalText.label(value, Message.CHINESE);
    }
}
