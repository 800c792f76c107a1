package org.guanai.legal.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Version;

import org.guanai.jpa.support.Versioned;

/**
 * A record with an id, an optimistic-concurrency version and audit timestamps. The mapping stays in this
 * bundle, where Aries JPA weaves it; the shared record services see it as {@link Versioned}.
 */
@MappedSuperclass
public abstract class VersionedEntity implements Versioned {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Override
    public abstract Long getId();

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @PrePersist
    void beforeInsert() {
        createdAt = LocalDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = LocalDateTime.now();
    }
}
