package org.guanai.registry.api.operations;

import java.time.Instant;

/** One part of the platform and where it stands. */
public class PartStatusDTO {
    /** {@code database}, {@code data-home}, {@code registry} or a module's id ({@code health}). */
    public String name;
    public PartState state;
    /** Why it is not ready and what to do, in Chinese then English; null when ready. Never SQL or a stack trace. */
    public String detail;
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
}
