package org.guanai.registry.api;

/**
 * A request refused because it goes beyond a limit the installation sets to keep the server up: a file
 * larger than allowed, or more imports at once than it runs. Nothing was done; the message says which limit
 * and what to do (REST: 413 for {@link Limit#SIZE}, 503 with {@code Retry-After} for {@link Limit#BUSY}).
 */
public class LimitExceededException extends RegistryException {
    private static final long serialVersionUID = 1L;

    /** Which kind of limit. */
    public enum Limit {
        /** The input is larger than allowed. */
        SIZE,
        /** The server is doing as much of this kind of work as it allows at once; try again later. */
        BUSY
    }

    private final Limit limit;
    private final int retryAfterSeconds;

    public LimitExceededException(Limit limit, String message, int retryAfterSeconds) {
        super(message);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public LimitExceededException(Limit limit, Message text, int retryAfterSeconds) {
        super(text);
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Limit limit() {
        return limit;
    }

    /** For {@link Limit#BUSY}: when to try again, in seconds; 0 for {@link Limit#SIZE}. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
