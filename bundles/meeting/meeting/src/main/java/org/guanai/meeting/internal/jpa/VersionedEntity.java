package org.guanai.meeting.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Version;

import org.guanai.jpa.support.Versioned;

/** Id, version and audit timestamps of the module's records; mapped here, where Aries JPA weaves it. */
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
    public long getVersion() {
        return version;
    }

    @Override
    public LocalDateTime getCreatedAt() {
        return createdAt;
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
