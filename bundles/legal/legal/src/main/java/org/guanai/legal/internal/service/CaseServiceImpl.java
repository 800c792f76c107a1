package org.guanai.legal.internal.service;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.OverdueCaseDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.internal.LegalText;
import org.guanai.registry.api.Message;
import org.guanai.legal.internal.jpa.CaseEntity;
import org.guanai.legal.internal.jpa.CaseStepEntity;
import org.guanai.legal.internal.rules.CaseFacts;
import org.guanai.legal.internal.rules.CaseRules;
import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rights cases. On top of the base class's transactions, versions, scope and audited writes: a case the caller may
 * not read ({@link CaseAccess}) is not found, and every read leaves a {@code legal-case.read} row.
 */
@Component(service = RightsCaseService.class)
public class CaseServiceImpl extends RecordServiceSupport<CaseEntity, RightsCaseDTO> implements RightsCaseService {

    static final String RECORD = "legal-case";
    static final Message ONLY_LEGAL = LegalText.text("role.onlyLegal");

    private final CaseIntake intake;
    private final LegalSettings settings;
    private final CaseAudit audit;
    private final Scoping<CaseEntity> scoping = Scoping.byDivision("e.townshipCode", CaseEntity::getTownshipCode,
            "e.villageCode", CaseEntity::getVillageCode);

    /** {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public CaseServiceImpl(@Reference(name = "jpa", target = LegalSchema.UNIT) JpaTemplate jpa,
                           @Reference(name = "registry") Registry registry,
                           @Reference(name = "visibility") Visibility visibility,
                           @Reference(name = "schema") LegalSchema schema,
                           @Reference(name = "audit") AuditService audit,
                           @Reference(name = "settings") LegalSettings settings) {
        super(jpa, CaseEntity.class, RECORD);
        this.intake = new CaseIntake(registry);
        this.settings = settings;
        this.audit = new CaseAudit(audit);
        scopedBy(visibility, scoping);
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    /** Not found, as if it did not exist, for a caller who may not read it. */
    @Override
    protected CaseEntity find(EntityManager em, long id) {
        CaseEntity e = super.find(em, id);
        if (!CaseAccess.mayRead(e.getHandler())) {
            throw new NotFoundException(RECORD, id);
        }
        return e;
    }

    @Override
    protected RightsCaseDTO toDto(EntityManager em, CaseEntity e) {
        return CaseMapper.toDto(e, steps(em, List.of(e.getId())).getOrDefault(e.getId(), List.of()), settings.deadlines());
    }

    @Override
    protected List<RightsCaseDTO> toDtos(EntityManager em, List<CaseEntity> entities) {
        List<Long> ids = new ArrayList<>();
        entities.forEach(e -> ids.add(e.getId()));
        Map<Long, List<CaseStepEntity>> steps = steps(em, ids);
        List<RightsCaseDTO> dtos = new ArrayList<>();
        for (CaseEntity e : entities) {
            dtos.add(CaseMapper.toDto(e, steps.getOrDefault(e.getId(), List.of()), settings.deadlines()));
        }
        return dtos;
    }

    @Override
    protected RightsCaseDTO auditView(EntityManager em, CaseEntity e) {
        return CaseMapper.auditView(toDto(em, e));
    }

    private static Map<Long, List<CaseStepEntity>> steps(EntityManager em, List<Long> caseIds) {
        Map<Long, List<CaseStepEntity>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        for (CaseStepEntity s : new Filter().and("e.caseId IN ?", caseIds).list(em, CaseStepEntity.class, "e.stepOn, e.id")) {
            byCase.computeIfAbsent(s.getCaseId(), k -> new ArrayList<>()).add(s);
        }
        return byCase;
    }

    /** The cases the caller reads that the query matches: scoped, and kept to their own for a handler. */
    Filter filter(CaseQuery query) {
        CaseQuery q = query == null ? new CaseQuery() : query;
        Filter f = new Filter().eq("e.townshipCode", q.townshipCode).eq("e.status", q.status)
                .eq("e.category", q.category).eq("e.channel", q.channel).eq("e.riskLevel", q.riskLevel)
                .eq("e.handler", q.handler).eq("e.personId", q.personId)
                .andIf(q.from, "e.receivedOn >= ?").andIf(q.to, "e.receivedOn <= ?");
        scoping.restrict(f, scope());
        return CaseAccess.restrict(f);
    }

    @Override
    public Page<RightsCaseDTO> list(CaseQuery query, PageRequest page) {
        Filter f = filter(query);
        Page<RightsCaseDTO> found = tx(em -> {
            Page<CaseEntity> entities = f.page(em, CaseEntity.class, page, "e.receivedOn DESC, e.id DESC");
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
        audit.read(found.items.stream().map(c -> c.id).toList(), "list");
        return found;
    }

    @Override
    public RightsCaseDTO get(long id) {
        RightsCaseDTO c = getRecord(id);
        audit.read(List.of(id), "view");
        return c;
    }

    @Override
    public RightsCaseDTO intake(RightsCaseDTO in) {
        requireLegal();
        RightsCaseDTO valid = intake.validate(in, today(), this::checkInScope);
        return createRecord(em -> CaseIntake.apply(valid, new CaseEntity(), true));
    }

    @Override
    public RightsCaseDTO update(long id, long expectedVersion, RightsCaseDTO in) {
        requireLegal();
        RightsCaseDTO valid = intake.validate(in, today(), this::checkInScope);
        return updateRecord(id, expectedVersion, (em, entity) -> {
            CaseFacts facts = CaseMapper.facts(entity, steps(em, List.of(id)).getOrDefault(id, List.of()));
            Checks checks = new Checks();
            checks.check(!facts.closed(), "status", LegalText.text("case.closed.noCorrection"));
            LocalDate first = facts.firstResponseOn();
            checks.check(first == null || !valid.receivedOn.isAfter(first), "receivedOn",
                    LegalText.text("date.afterFirstAction", first));
            checks.throwIfAny();
            CaseIntake.apply(valid, entity, false);
        });
    }

    @Override
    public RightsCaseDTO addStep(long id, long expectedVersion, CaseStepDTO step) {
        CaseStepDTO s = body(step);
        Checks lengths = new Checks().require("kind", s.kind)
                .maxLength("note", clean(s.note), CaseRules.NOTE_MAX)
                .maxLength("response", clean(s.response), CaseRules.RESPONSE_MAX);
        lengths.throwIfAny();
        return updateRecord(id, expectedVersion, (em, entity) -> {
            CaseFacts facts = CaseMapper.facts(entity, steps(em, List.of(id)).getOrDefault(id, List.of()));
            Checks checks = new Checks();
            CaseRules.checkStep(checks, facts, s.kind, s.on, s.department, s.measure, today());
            checks.throwIfAny();
            CaseStepEntity row = new CaseStepEntity();
            row.setCaseId(id);
            row.setKind(s.kind);
            row.setStepOn(s.on);
            row.setDepartment(s.department);
            row.setResponse(clean(s.response));
            row.setMeasure(s.measure);
            row.setNote(clean(s.note));
            row.setRecordedBy(CaseAccess.user());
            em.persist(row);
            CaseFacts after = facts.with(new CaseFacts.Step(s.kind, s.on, s.measure));
            entity.setStatus(CaseRules.status(after));
            entity.setFirstResponseOn(after.firstResponseOn());
            entity.setLastActionOn(after.lastActionOn());
        });
    }

    @Override
    public RightsCaseDTO close(long id, long expectedVersion, ClosureDTO closure) {
        ClosureDTO c = body(closure);
        c.reason = clean(c.reason);
        return changeRecord(AuditOperations.END, id, expectedVersion, (em, entity) -> {
            CaseFacts facts = CaseMapper.facts(entity, steps(em, List.of(id)).getOrDefault(id, List.of()));
            Checks checks = new Checks();
            CaseRules.checkClosure(checks, facts, c, today());
            checks.throwIfAny();
            entity.setStatus(CaseStatus.CLOSED);
            entity.setClosedOn(c.closedOn);
            entity.setOutcome(c.outcome);
            entity.setCloseReason(c.reason);
        });
    }

    @Override
    public Page<OverdueCaseDTO> overdue(String townshipCode, PageRequest page) {
        CaseQuery q = new CaseQuery();
        q.townshipCode = townshipCode;
        List<OverdueCaseDTO> all = tx(em -> Overdue.find(em, filter(q), settings.deadlines(), today()));
        all.sort(Comparator.comparingLong((OverdueCaseDTO o) -> -o.daysOverdue).thenComparingLong(o -> o.caseId));
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        List<OverdueCaseDTO> items = all.subList(Math.min(p.offset, all.size()), Math.min(p.offset + p.limit, all.size()));
        audit.read(items.stream().map(o -> o.caseId).toList(), "overdue list");
        return new Page<>(new ArrayList<>(items), all.size(), p.offset, p.limit);
    }

    /** How many cases the caller reads are overdue now (no audit row: a count, no case). */
    public long overdueCount(String townshipCode) {
        CaseQuery q = new CaseQuery();
        q.townshipCode = townshipCode;
        return tx(em -> Overdue.find(em, filter(q), settings.deadlines(), today())).size();
    }

    @Override
    public long export(CaseQuery query, boolean details, String reason, Writer out) throws IOException {
        String why = clean(reason);
        if (details) {
            requireLegal();
            if (why == null) {
                throw ValidationException.of("purpose", LegalText.text("export.reasonRequired"));
            }
            new Checks().maxLength("purpose", why, CaseRules.REASON_MAX).throwIfAny();
        }
        List<RightsCaseDTO> cases = tx(em -> toDtos(em, filter(query).list(em, CaseEntity.class, "e.receivedOn, e.id")));
        CaseExport.write(cases, details, out);
        audit.export(cases.size(), details, why);
        return cases.size();
    }

    private static void requireLegal() {
        if (!CaseAccess.isLegal()) {
            throw new AccessRefusedException(ONLY_LEGAL);
        }
    }
}
