package org.guanai.registry.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A lease on a scheduled job: the node that holds it runs the job, until {@code heldUntil} (UTC). */
// written by other nodes: never from this node's cache, whether or not the shared cache is on
@Cacheable(false)
@Entity(name = "JobLease")
@Table(name = "job_leases")
public class JobLeaseEntity {

    @Id
    @Column(name = "name", length = 60)
    private String name;

    @Column(name = "holder", nullable = false, length = 200)
    private String holder;

    @Column(name = "held_until", nullable = false)
    private LocalDateTime heldUntil;

    protected JobLeaseEntity() {
    }

    public JobLeaseEntity(String name, String holder, LocalDateTime heldUntil) {
        this.name = name;
        this.holder = holder;
        this.heldUntil = heldUntil;
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public LocalDateTime getHeldUntil() {
        return heldUntil;
    }
}
