package org.guanai.mutualaid.internal.spi;

import static org.guanai.mutualaid.internal.MutualAidText.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.internal.jpa.ActivityEntity;
import org.guanai.mutualaid.internal.jpa.GroupEntity;
import org.guanai.mutualaid.internal.jpa.MembershipEntity;
import org.guanai.mutualaid.internal.jpa.PairingEntity;
import org.guanai.mutualaid.internal.jpa.VisitEntity;
import org.guanai.mutualaid.internal.service.MutualAidSchema;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.spi.TimelineProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person's part in the module on her registry timeline: joined (and left) a group, took part in an activity, was
 * helped by one, was paired, was visited. Only records inside the caller's divisions; each from an index on the person.
 */
@Component(service = TimelineProvider.class)
public class MutualAidTimeline implements TimelineProvider {

    static final String BASE = "/api/v1/mutual-aid/";

    private final JpaTemplate jpa;
    private final Visibility visibility;

    @Activate
    public MutualAidTimeline(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                             @Reference(name = "visibility") Visibility visibility,
                             @Reference(name = "schema") MutualAidSchema schema) {
        this.jpa = jpa;
        this.visibility = visibility;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        Scope scope = visibility == null ? Scope.all() : visibility.scope();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TimelineEntryDTO> entries = new ArrayList<>();
            Map<Long, String> groupNames = new HashMap<>();
            List<MembershipEntity> memberships = scoped(scope).eq("e.personId", personId)
                    .list(em, MembershipEntity.class, "e.joinedOn");
            List<Long> membershipIds = new ArrayList<>();
            for (MembershipEntity m : memberships) {
                membershipIds.add(m.getId());
                String group = groupName(em, groupNames, m.getGroupId());
                entries.add(entry(m.getJoinedOn(), "joined-group", text("timeline.joined", group),
                        group, "memberships/" + m.getId()));
                if (m.getEndedOn() != null) {
                    entries.add(entry(m.getEndedOn(), "left-group", text("timeline.left", group),
                            group, "memberships/" + m.getId()));
                }
            }
            if (!membershipIds.isEmpty()) {
                for (ActivityEntity a : scoped(scope).and("EXISTS (SELECT p FROM Activity x JOIN x.participantIds p"
                        + " WHERE x.id = e.id AND p IN ?)", membershipIds).list(em, ActivityEntity.class, "e.heldOn")) {
                    entries.add(activity(em, groupNames, a, "took-part", "timeline.tookPart"));
                }
            }
            for (ActivityEntity a : scoped(scope).and("? MEMBER OF e.beneficiaryPersonIds", personId)
                    .list(em, ActivityEntity.class, "e.heldOn")) {
                entries.add(activity(em, groupNames, a, "was-helped", "timeline.wasHelped"));
            }
            for (PairingEntity p : scoped(scope).and("(e.personId = ? OR e.helperPersonId = ?)", personId, personId)
                    .list(em, PairingEntity.class, "e.startsOn")) {
                boolean helped = Long.valueOf(personId).equals(p.getPersonId());
                entries.add(entry(p.getStartsOn(), "paired", helped ? text("timeline.paired")
                        : text("timeline.pairedToHelp"), p.getNotes(), "pairings/" + p.getId()));
                if (helped) {
                    for (VisitEntity v : new Filter().eq("e.pairingId", p.getId()).list(em, VisitEntity.class,
                            "e.visitedOn")) {
                        entries.add(entry(v.getVisitedOn(), "visited", text("timeline.visited",
                                Kinds.label(v.getKind())), v.getNote(), "visits/" + v.getId()));
                    }
                }
            }
            return entries;
        });
    }

    private static Filter scoped(Scope scope) {
        Filter f = new Filter();
        Scoping.Condition inside = Scoping.condition(scope, "e.townshipCode", "e.villageCode");
        return inside == null ? f : inside.addTo(f);
    }

    private static TimelineEntryDTO activity(EntityManager em, Map<Long, String> groupNames, ActivityEntity a,
                                             String kind, String titleKey) {
        String group = groupName(em, groupNames, a.getGroupId());
        return entry(a.getHeldOn(), kind, text(titleKey, Kinds.label(a.getKind()), group),
                a.getNote(), "activities/" + a.getId());
    }

    private static String groupName(EntityManager em, Map<Long, String> names, Long groupId) {
        return names.computeIfAbsent(groupId, id -> {
            GroupEntity g = em.find(GroupEntity.class, id);
            return g == null ? "#" + id : g.getName();
        });
    }

    private static TimelineEntryDTO entry(java.time.LocalDate date, String kind, Message title, String detail,
                                          String path) {
        return new TimelineEntryDTO(date, MutualAidModule.ID, kind, title, detail, BASE + path);
    }
}
