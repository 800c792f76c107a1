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
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.jpa.ActivityEntity;
import org.guanai.mutualaid.internal.jpa.GroupEntity;
import org.guanai.mutualaid.internal.jpa.MembershipEntity;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mutual-aid groups. The base class does the transactions, version checks, audit rows and the scope: every read and
 * write keeps to the caller's divisions. A group lies in a village (its site's, when it meets at one).
 */
@Component(service = GroupService.class)
public class GroupServiceImpl extends EndableServiceSupport<GroupEntity, GroupDTO> implements GroupService {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private final Registry registry;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public GroupServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                            @Reference(name = "registry") Registry registry,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") MutualAidSchema schema,
                            @Reference(name = "audit") AuditService audit) {
        super(jpa, GroupEntity.class, "group");
        this.registry = registry;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", GroupEntity::getTownshipCode,
                "e.villageCode", GroupEntity::getVillageCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected GroupDTO toDto(EntityManager em, GroupEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    /** The stored fields only: what the audit trail compares. */
    @Override
    protected GroupDTO auditView(EntityManager em, GroupEntity e) {
        GroupDTO d = new GroupDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.name = e.getName();
        d.kind = e.getKind();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        d.siteId = e.getSiteId();
        d.foundedOn = e.getFoundedOn();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    /** With each group's active members, leader and last activity: three queries for a page. */
    @Override
    protected List<GroupDTO> toDtos(EntityManager em, List<GroupEntity> entities) {
        List<GroupDTO> dtos = new ArrayList<>();
        if (entities.isEmpty()) {
            return dtos;
        }
        List<Long> ids = new ArrayList<>();
        entities.forEach(e -> ids.add(e.getId()));
        Map<Long, Long> members = new Filter().and("e.groupId IN ?", ids).eq("e.status", Status.ACTIVE)
                .countBy(em, MembershipEntity.class, "e.groupId", Long.class);
        Map<Long, LocalDate> last = lastActivities(em, ids);
        List<MembershipEntity> leaders = new Filter().and("e.groupId IN ?", ids).eq("e.status", Status.ACTIVE)
                .eq("e.role", MemberRole.LEADER).list(em, MembershipEntity.class, "e.joinedOn, e.id");
        Map<Long, String> leaderNames = new HashMap<>();
        Set<Long> personIds = new HashSet<>();
        Set<Long> volunteerIds = new HashSet<>();
        leaders.forEach(m -> {
            if (m.getPersonId() != null) {
                personIds.add(m.getPersonId());
            } else {
                volunteerIds.add(m.getVolunteerId());
            }
        });
        Names names = new Names(registry, personIds, volunteerIds);
        for (MembershipEntity m : leaders) {
            leaderNames.putIfAbsent(m.getGroupId(), names.of(m.getPersonId(), m.getVolunteerId()));
        }
        for (GroupEntity e : entities) {
            GroupDTO d = auditView(em, e);
            d.memberCount = members.getOrDefault(e.getId(), 0L);
            d.lastActivityOn = last.get(e.getId());
            d.leaderName = leaderNames.get(e.getId());
            dtos.add(d);
        }
        return dtos;
    }

    static Map<Long, LocalDate> lastActivities(EntityManager em, List<Long> groupIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object[] row : new Filter().and("e.groupId IN ?", groupIds)
                .groupBy(em, ActivityEntity.class, "e.groupId, MAX(e.heldOn)", "e.groupId")) {
            last.put((Long) row[0], (LocalDate) row[1]);
        }
        return last;
    }

    @Override
    public Page<GroupDTO> list(GroupQuery query, PageRequest page) {
        GroupQuery q = query == null ? new GroupQuery() : query;
        return listRecords(new Filter()
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.villageCode", q.villageCode)
                .eq("e.kind", q.kind)
                .eq("e.status", q.status)
                .startsWith("e.name", q.namePrefix), page);
    }

    @Override
    public GroupDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public GroupDTO create(GroupDTO group) {
        GroupDTO valid = validate(group);
        return createRecord(em -> apply(valid, new GroupEntity()));
    }

    @Override
    public GroupDTO update(long id, long expectedVersion, GroupDTO group) {
        GroupDTO valid = validate(group);
        return updateRecord(id, expectedVersion, (em, entity) -> {
            Checks checks = new Checks();
            LocalDate first = new Filter().eq("e.groupId", id)
                    .select(em, ActivityEntity.class, "MIN(e.heldOn)", LocalDate.class).stream()
                    .filter(d -> d != null).findFirst().orElse(null);
            checks.check(first == null || !valid.foundedOn.isAfter(first), "foundedOn",
                    "不能晚于第一次活动（" + first + "）/ must not be after its first activity, on " + first);
            checks.throwIfAny();
            apply(valid, entity);
        });
    }

    @Override
    public GroupDTO end(long id, long expectedVersion, EndRequest end) {
        return endRecord(id, expectedVersion, end);
    }

    @Override
    protected Message beginning() {
        return subject();
    }

    private static GroupEntity apply(GroupDTO d, GroupEntity e) {
        e.setName(d.name);
        e.setKind(d.kind);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setSiteId(d.siteId);
        e.setFoundedOn(d.foundedOn);
        e.setNotes(d.notes);
        return e;
    }

    /** Everything, the registry's village and site included, before any transaction of ours. */
    private GroupDTO validate(GroupDTO in) {
        Checks checks = new Checks();
        GroupDTO out = new GroupDTO();
        out.name = clean(body(in).name);
        checks.require("name", out.name).maxLength("name", out.name, NAME_MAX);
        out.kind = in.kind;
        checks.require("kind", in.kind);
        out.siteId = in.siteId;
        out.villageCode = clean(in.villageCode);
        if (in.siteId != null) {
            ServiceSiteDTO site = registry.site(in.siteId).orElse(null);
            checks.check(site != null, "siteId", MutualAidText.text("site.unknown", in.siteId));
            if (site != null && out.villageCode == null) {
                out.villageCode = site.villageCode;
            }
            checks.check(site == null || site.villageCode == null || site.villageCode.equals(out.villageCode),
                    "villageCode", MutualAidText.text("village.notSites", in.siteId));
        }
        checks.require("villageCode", out.villageCode);
        if (out.villageCode != null) {
            DivisionDTO village = registry.village(out.villageCode).orElse(null);
            checks.check(village != null, "villageCode",
                    MutualAidText.text("village.notInCounty", out.villageCode));
            out.townshipCode = village == null ? null : village.parentCode;
            checkInScope(checks, "villageCode", out.townshipCode, out.villageCode);
        }
        out.foundedOn = in.foundedOn;
        checks.require("foundedOn", in.foundedOn);
        notInFuture(checks, "foundedOn", in.foundedOn, today());
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
