package org.guanai.mutualaid.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.jpa.PairingEntity;
import org.guanai.mutualaid.internal.jpa.VisitEntity;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 1+1 pairings. A pairing lies where its household or person lives, so the caller pairs only those of their divisions;
 * nobody is paired with themself (or their own household), and a helper is paired with the same case once at a time.
 */
@Component(service = PairingService.class)
public class PairingServiceImpl extends EndableServiceSupport<PairingEntity, PairingDTO> implements PairingService {

    private final Registry registry;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public PairingServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                              @Reference(name = "registry") Registry registry,
                              @Reference(name = "visibility") Visibility visibility,
                              @Reference(name = "schema") MutualAidSchema schema,
                              @Reference(name = "audit") AuditService audit) {
        super(jpa, PairingEntity.class, "pairing");
        this.registry = registry;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", PairingEntity::getTownshipCode,
                "e.villageCode", PairingEntity::getVillageCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected PairingDTO toDto(EntityManager em, PairingEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected PairingDTO auditView(EntityManager em, PairingEntity e) {
        PairingDTO d = new PairingDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.helperVolunteerId = e.getHelperVolunteerId();
        d.helperPersonId = e.getHelperPersonId();
        d.personId = e.getPersonId();
        d.householdId = e.getHouseholdId();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.startsOn = e.getStartsOn();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    @Override
    protected List<PairingDTO> toDtos(EntityManager em, List<PairingEntity> entities) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> volunteerIds = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        for (PairingEntity p : entities) {
            ids.add(p.getId());
            if (p.getHelperPersonId() != null) {
                personIds.add(p.getHelperPersonId());
            }
            if (p.getHelperVolunteerId() != null) {
                volunteerIds.add(p.getHelperVolunteerId());
            }
            if (p.getPersonId() != null) {
                personIds.add(p.getPersonId());
            }
        }
        Names names = new Names(registry, personIds, volunteerIds);
        Map<Long, LocalDate> lastVisits = lastVisits(em, ids);
        List<PairingDTO> dtos = new ArrayList<>();
        for (PairingEntity p : entities) {
            PairingDTO d = auditView(em, p);
            d.helperName = names.of(p.getHelperPersonId(), p.getHelperVolunteerId());
            d.targetName = p.getPersonId() != null ? names.of(p.getPersonId(), null)
                    : registry.household(p.getHouseholdId()).map(h -> h.headName + "户").orElse(null);
            d.lastVisitOn = lastVisits.get(p.getId());
            dtos.add(d);
        }
        return dtos;
    }

    static Map<Long, LocalDate> lastVisits(EntityManager em, List<Long> pairingIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (pairingIds.isEmpty()) {
            return last;
        }
        for (Object[] row : new Filter().and("e.pairingId IN ?", pairingIds)
                .groupBy(em, VisitEntity.class, "e.pairingId, MAX(e.visitedOn)", "e.pairingId")) {
            last.put((Long) row[0], (LocalDate) row[1]);
        }
        return last;
    }

    @Override
    public Page<PairingDTO> list(PairingQuery query, PageRequest page) {
        PairingQuery q = query == null ? new PairingQuery() : query;
        return listRecords(new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.personId", q.personId)
                .eq("e.householdId", q.householdId)
                .eq("e.helperVolunteerId", q.helperVolunteerId)
                .eq("e.helperPersonId", q.helperPersonId)
                .eq("e.status", q.status), page);
    }

    @Override
    public PairingDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public PairingDTO create(PairingDTO pairing) {
        PairingEntity valid = validate(pairing);
        return createRecord(em -> {
            long same = new Filter().eq("e.helperVolunteerId", valid.getHelperVolunteerId())
                    .eq("e.helperPersonId", valid.getHelperPersonId()).eq("e.personId", valid.getPersonId())
                    .eq("e.householdId", valid.getHouseholdId()).eq("e.status", Status.ACTIVE)
                    .page(em, PairingEntity.class, PageRequest.first(1)).total;
            Checks checks = new Checks();
            checks.check(same == 0, valid.getPersonId() != null ? "personId" : "householdId",
                    MutualAidText.text("pairing.already"));
            checks.throwIfAny();
            return valid;
        });
    }

    @Override
    public PairingDTO update(long id, long expectedVersion, PairingDTO pairing) {
        PairingDTO in = body(pairing);
        Checks checks = new Checks();
        checks.require("startsOn", in.startsOn);
        notInFuture(checks, "startsOn", in.startsOn, today());
        String notes = clean(in.notes);
        checks.maxLength("notes", notes, GroupServiceImpl.NOTES_MAX);
        checks.throwIfAny();
        return updateRecord(id, expectedVersion, (em, e) -> {
            LocalDate first = new Filter().eq("e.pairingId", id)
                    .select(em, VisitEntity.class, "MIN(e.visitedOn)", LocalDate.class).stream()
                    .filter(d -> d != null).findFirst().orElse(null);
            Checks dates = new Checks();
            dates.check(first == null || !in.startsOn.isAfter(first), "startsOn",
                    "不能晚于第一次走访（" + first + "）/ must not be after its first visit, on " + first);
            dates.check(e.getEndedOn() == null || !in.startsOn.isAfter(e.getEndedOn()), "startsOn",
                    MutualAidText.text("date.afterEnded", e.getEndedOn()));
            dates.throwIfAny();
            e.setStartsOn(in.startsOn);
            e.setNotes(notes);
        });
    }

    @Override
    public PairingDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    @Override
    protected Message beginning() {
        return subject();
    }

    /** Everything, the registry's records included, before any transaction of ours; the entity to persist. */
    private PairingEntity validate(PairingDTO in) {
        Checks checks = new Checks();
        body(in);
        PersonDTO helperPerson = null;
        if (exactlyOne(checks, "helperVolunteerId", in.helperVolunteerId, in.helperPersonId,
                MutualAidText.text("pairing.oneHelper"))) {
            if (in.helperVolunteerId != null) {
                VolunteerDTO v = registry.volunteer(in.helperVolunteerId).orElse(null);
                checks.check(v != null && v.status == Status.ACTIVE, "helperVolunteerId", MutualAidText.text("volunteer.unknown", in.helperVolunteerId));
            } else {
                helperPerson = registry.person(in.helperPersonId).filter(p -> p.status == Status.ACTIVE).orElse(null);
                checks.check(helperPerson != null, "helperPersonId", MutualAidText.text("person.unknownOrEnded", in.helperPersonId));
            }
        }
        PairingEntity e = new PairingEntity();
        if (exactlyOne(checks, "personId", in.personId, in.householdId,
                MutualAidText.text("pairing.personOrHousehold"))) {
            if (in.personId != null) {
                PersonDTO p = registry.person(in.personId).filter(x -> x.status == Status.ACTIVE).orElse(null);
                checks.check(p != null, "personId", MutualAidText.text("person.unknownOrEnded", in.personId));
                checks.check(!in.personId.equals(in.helperPersonId), "personId",
                        MutualAidText.text("pairing.self"));
                place(checks, "personId", e, p == null ? null : p.townshipCode, p == null ? null : p.villageCode, p != null);
            } else {
                HouseholdDTO h = registry.household(in.householdId).filter(x -> x.status == Status.ACTIVE).orElse(null);
                checks.check(h != null, "householdId", MutualAidText.text("household.unknownOrEnded", in.householdId));
                checks.check(helperPerson == null || !in.householdId.equals(helperPerson.householdId), "householdId",
                        MutualAidText.text("pairing.ownHousehold"));
                place(checks, "householdId", e, h == null ? null : h.townshipCode, h == null ? null : h.villageCode,
                        h != null);
            }
        }
        LocalDate starts = in.startsOn == null ? today() : in.startsOn;
        notInFuture(checks, "startsOn", starts, today());
        String notes = clean(in.notes);
        checks.maxLength("notes", notes, GroupServiceImpl.NOTES_MAX);
        checks.throwIfAny();
        e.setHelperVolunteerId(in.helperVolunteerId);
        e.setHelperPersonId(in.helperPersonId);
        e.setPersonId(in.personId);
        e.setHouseholdId(in.householdId);
        e.setStartsOn(starts);
        e.setNotes(notes);
        return e;
    }

    /** Where the pairing lies: where its case lives, inside the caller's divisions. */
    private void place(Checks checks, String field, PairingEntity e, String township, String village, boolean found) {
        if (!found) {
            return;
        }
        checks.check(village != null, field, MutualAidText.text("village.none"));
        checkInScope(checks, field, township, village);
        e.setTownshipCode(township);
        e.setVillageCode(village);
    }

    private static boolean exactlyOne(Checks checks, String field, Long a, Long b, Message message) {
        boolean one = (a == null) != (b == null);
        checks.check(one, field, message);
        return one;
    }
}
