package org.guanai.mutualaid.internal.service;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitService;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.jpa.PairingEntity;
import org.guanai.mutualaid.internal.jpa.VisitEntity;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Visits of pairings: scoped as their pairing, on a day inside its period. */
@Component(service = VisitService.class)
public class VisitServiceImpl extends RecordServiceSupport<VisitEntity, VisitDTO> implements VisitService {

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public VisitServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") MutualAidSchema schema,
                            @Reference(name = "audit") AuditService audit) {
        super(jpa, VisitEntity.class, "visit");
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", VisitEntity::getTownshipCode,
                "e.villageCode", VisitEntity::getVillageCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected VisitDTO toDto(EntityManager em, VisitEntity e) {
        VisitDTO d = new VisitDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.pairingId = e.getPairingId();
        d.visitedOn = e.getVisitedOn();
        d.kind = e.getKind();
        d.note = e.getNote();
        return d;
    }

    @Override
    public Page<VisitDTO> list(long pairingId, PageRequest page) {
        Filter filter = new Filter().eq("e.pairingId", pairingId);
        Scoping.Condition inside = Scoping.condition(scope(), "e.townshipCode", "e.villageCode");
        if (inside != null) {
            inside.addTo(filter);
        }
        return tx(em -> {
            Page<VisitEntity> visits = filter.page(em, VisitEntity.class, page, "e.visitedOn DESC, e.id DESC");
            return new Page<>(toDtos(em, visits.items), visits.total, visits.offset, visits.limit);
        });
    }

    @Override
    public VisitDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public VisitDTO create(VisitDTO visit) {
        VisitDTO in = body(visit);
        Checks checks = new Checks();
        checks.require("pairingId", in.pairingId).require("visitedOn", in.visitedOn).require("kind", in.kind);
        notInFuture(checks, "visitedOn", in.visitedOn, today());
        String note = clean(in.note);
        checks.maxLength("note", note, GroupServiceImpl.NOTES_MAX);
        checks.throwIfAny();
        return createRecord(em -> {
            PairingEntity pairing = em.find(PairingEntity.class, in.pairingId);
            if (pairing == null || !scope().includes(pairing.getTownshipCode(), pairing.getVillageCode())) {
                throw ValidationException.of("pairingId", MutualAidText.text("pairing.unknown", in.pairingId));
            }
            Checks period = new Checks();
            period.check(!in.visitedOn.isBefore(pairing.getStartsOn()), "visitedOn", MutualAidText.text("visit.beforePairing", pairing.getStartsOn()));
            period.check(pairing.getEndedOn() == null || !in.visitedOn.isAfter(pairing.getEndedOn()), "visitedOn",
                    MutualAidText.text("visit.afterPairing", pairing.getEndedOn()));
            period.throwIfAny();
            VisitEntity e = new VisitEntity();
            e.setPairingId(pairing.getId());
            e.setVisitedOn(in.visitedOn);
            e.setKind(in.kind);
            e.setNote(note);
            e.setTownshipCode(pairing.getTownshipCode());
            e.setVillageCode(pairing.getVillageCode());
            return e;
        });
    }
}
