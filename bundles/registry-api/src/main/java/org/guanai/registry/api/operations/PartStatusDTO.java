package org.guanai.registry.api.operations;

import java.time.Instant;
import java.util.Locale;

import org.guanai.registry.api.Message;

/** One part of the platform and where it stands. */
public class PartStatusDTO {
    /** {@code database}, {@code data-home}, {@code registry} or a module's id ({@code health}). */
    public String name;
    public PartState state;
    /** Why it is not ready and what to do, in Chinese; null when ready. Never SQL or a stack trace. */
    public String detail;
    /**
     * {@link #detail} to render in the reader's language ({@link #detail(Locale)}); null when ready or when a part
     * gives only {@link #detail}. Not part of the JSON (transient): REST and the console render it.
     */
    public transient Message text;
    /** Since when it is in this state. */
    public Instant since;

    public PartStatusDTO() {
    }

    public PartStatusDTO(String name, PartState state, String detail, Instant since) {
        this.name = name;
        this.state = state;
        this.detail = detail;
        this.since = since;
    }

    /** A part whose detail is {@code text} (null when ready): {@link #detail} its Chinese. */
    public static PartStatusDTO of(String name, PartState state, Message text, Instant since) {
        PartStatusDTO p = new PartStatusDTO(name, state, text == null ? null : text.render(Message.CHINESE), since);
        p.text = text;
        return p;
    }

    /** The detail in {@code language} (Chinese unless English is asked for); null when there is none. */
    public String detail(Locale language) {
        return text != null ? text.render(language) : detail;
    }
}
