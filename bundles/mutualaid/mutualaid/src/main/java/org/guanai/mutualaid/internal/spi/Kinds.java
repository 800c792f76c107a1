package org.guanai.mutualaid.internal.spi;

import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.registry.api.Message;

/** The kinds' labels in the module's bundle ({@code label.<Enum>.<CONSTANT>}: 治安巡逻 / safety patrol), for timelines. */
final class Kinds {
    private static final String LABEL = "label.";

    private Kinds() {
    }

    /** {@code kind}'s label, rendered in the reader's language; "" for none. */
    static Message label(Enum<?> kind) {
        return kind == null ? Message.literal("")
                : MutualAidText.text(LABEL + kind.getDeclaringClass().getSimpleName() + "." + kind.name());
    }
}
