package org.guanai.mutualaid.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.guanai.mutualaid.api.VisitKind;

/** A visit of a pairing. Carries its pairing's divisions. */
@Entity(name = "Visit")
@Table(name = "mutualaid_visits")
public class VisitEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "mutualaid_visits_seq", sequenceName = "mutualaid_visits_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mutualaid_visits_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "pairing_id", nullable = false)
    private Long pairingId;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private VisitKind kind;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Override
    public Long getId() {
        return id;
    }

    public Long getPairingId() {
        return pairingId;
    }

    public void setPairingId(Long pairingId) {
        this.pairingId = pairingId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public void setTownshipCode(String townshipCode) {
        this.townshipCode = townshipCode;
    }
}
