package org.guanai.training.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A project presented at a fair: part of the fair, versioned with it. */
@Entity(name = "FairProject")
@Table(name = "training_fair_projects")
public class FairProjectEntity {

    @Id
    @SequenceGenerator(name = "training_fair_projects_seq", sequenceName = "training_fair_projects_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_fair_projects_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "fair_id")
    private Long fairId;

    @Column(name = "name")
    private String name;

    @Column(name = "presenter")
    private String presenter;

    @Column(name = "description")
    private String description;

    public Long getId() {
        return id;
    }

    public Long getFairId() {
        return fairId;
    }

    public void setFairId(Long fairId) {
        this.fairId = fairId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
