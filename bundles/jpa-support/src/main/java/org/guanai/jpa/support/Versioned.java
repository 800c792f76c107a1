package org.guanai.jpa.support;

import java.time.LocalDateTime;

/**
 * A stored record with an id and an optimistic-concurrency version: what {@link RecordServiceSupport}
 * needs of its entities. Implemented by each module's own mapped superclass (the JPA mapping stays in
 * the module's persistence bundle, where Aries JPA weaves it).
 */
public interface Versioned {

    /** The record's id; null until it is persisted. */
    Long getId();

    /** The optimistic-concurrency version, which every update moves on (a client's ETag). */
    long getVersion();

    /** When the record was registered. */
    LocalDateTime getCreatedAt();
}
