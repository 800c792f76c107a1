package org.guanai.legal.internal.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.LegalReports;
import org.guanai.legal.internal.LegalText;
import org.guanai.legal.internal.jpa.CaseEntity;
import org.guanai.legal.internal.jpa.EventEntity;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's reports. Events: per township and month, as far as the caller's divisions go. Cases: totals of the
 * county or one township, never below, of every case in the caller's divisions (not only those they read); for a
 * caller who is not legal staff with small cells suppressed ({@link CaseAccess#cells}).
 */
@Component(service = LegalReports.class)
public class ReportsImpl implements LegalReports {

    private final JpaTemplate jpa;
    private final Registry registry;
    private final Visibility visibility;
    private final LegalSettings settings;

    @Activate
    public ReportsImpl(@Reference(name = "jpa", target = LegalSchema.UNIT) JpaTemplate jpa,
                       @Reference(name = "registry") Registry registry,
                       @Reference(name = "visibility") Visibility visibility,
                       @Reference(name = "schema") LegalSchema schema,
                       @Reference(name = "settings") LegalSettings settings) {
        this.jpa = jpa;
        this.registry = registry;
        this.visibility = visibility;
        this.settings = settings;
    }

    private Scope scope() {
        return visibility == null ? Scope.all() : visibility.scope();
    }

    @Override
    public List<EventReportRowDTO> events(int year, String townshipCode) {
        Filter f = new Filter().eq("e.townshipCode", townshipCode)
                .and("e.heldOn >= ?", LocalDate.of(year, 1, 1)).and("e.heldOn <= ?", LocalDate.of(year, 12, 31));
        Scoping.Condition inside = Scoping.townshipCondition(scope(), "e.townshipCode");
        if (inside != null) {
            inside.addTo(f);
        }
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> f.select(em, EventEntity.class,
                "e.townshipCode, e.heldOn, e.headCount, e.materials", Object[].class));
        Map<String, EventReportRowDTO> byKey = new TreeMap<>();
        for (Object[] r : rows) {
            String township = (String) r[0];
            String month = YearMonth.from((LocalDate) r[1]).toString();
            EventReportRowDTO row = byKey.computeIfAbsent(township + " " + month, k -> {
                EventReportRowDTO d = new EventReportRowDTO();
                d.townshipCode = township;
                d.townshipName = registry.name(township);
                d.month = month;
                return d;
            });
            row.events++;
            row.reached += ((Number) r[2]).longValue();
            row.materials += ((Number) r[3]).longValue();
        }
        return new ArrayList<>(byKey.values());
    }

    @Override
    public CaseReportDTO cases(LocalDate from, LocalDate to, String townshipCode) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", LegalText.text("date.beforeFrom"));
        }
        if (townshipCode != null && registry.division(townshipCode, DivisionLevel.TOWNSHIP).isEmpty()) {
            throw ValidationException.of("township", LegalText.text("township.notInCountyFigures", townshipCode));
        }
        Filter f = new Filter().eq("e.townshipCode", townshipCode).andIf(from, "e.receivedOn >= ?")
                .andIf(to, "e.receivedOn <= ?");
        Scoping.Condition inside = Scoping.townshipCondition(scope(), "e.townshipCode");
        if (inside != null) {
            inside.addTo(f);
        }
        Filter open = new Filter().eq("e.townshipCode", townshipCode);
        if (inside != null) {
            inside.addTo(open);
        }
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object[]> rows = f.select(em, CaseEntity.class,
                    "e.category, e.channel, e.status, e.riskLevel, e.receivedOn, e.closedOn", Object[].class);
            long overdue = Overdue.find(em, open, settings.deadlines(), today).size();
            CaseReportDTO report = CaseFigures.of(rows, overdue, CaseAccess.cells(visibility));
            report.from = from;
            report.to = to;
            report.townshipCode = townshipCode;
            return report;
        });
    }
}
