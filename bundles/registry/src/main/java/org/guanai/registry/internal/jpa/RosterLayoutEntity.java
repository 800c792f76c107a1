package org.guanai.registry.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A roster layout a county saved: its headers' columns ({@code header=COLUMN} lines) and its persons' category. */
@Entity(name = "RosterLayout")
@Table(name = "roster_layouts")
public class RosterLayoutEntity {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "base_layout", nullable = false, length = 20)
    private String baseLayout;

    @Column(name = "category", length = 30)
    private String category;

    @Column(name = "mapping", nullable = false, length = 8000)
    private String mapping;

    @Column(name = "saved_by", length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected RosterLayoutEntity() {
    }

    public RosterLayoutEntity(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getBaseLayout() {
        return baseLayout;
    }

    public void setBaseLayout(String baseLayout) {
        this.baseLayout = baseLayout;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public void setSavedBy(String savedBy) {
        this.savedBy = savedBy;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public void setSavedAt(LocalDateTime savedAt) {
        this.savedAt = savedAt;
    }
}
