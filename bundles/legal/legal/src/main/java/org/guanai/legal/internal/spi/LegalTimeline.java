package org.guanai.legal.internal.spi;

import static org.guanai.legal.internal.LegalText.text;

import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.internal.LegalText;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.internal.jpa.EventEntity;
import org.guanai.legal.internal.service.LegalSchema;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.spi.TimelineProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person's part in the module on her registry timeline: the promotion events she attended (as far as the caller's
 * divisions go), and her rights cases only for a caller who reads them: those come from the case service, which
 * leaves them out for anyone else and audits the read. No description ever: the entry opens the case.
 */
@Component(service = TimelineProvider.class)
public class LegalTimeline implements TimelineProvider {

    static final String BASE = "/api/v1/legal/";

    private final JpaTemplate jpa;
    private final Visibility visibility;
    private final RightsCaseService cases;

    @Activate
    public LegalTimeline(@Reference(name = "jpa", target = LegalSchema.UNIT) JpaTemplate jpa,
                         @Reference(name = "visibility") Visibility visibility,
                         @Reference(name = "cases") RightsCaseService cases,
                         @Reference(name = "schema") LegalSchema schema) {
        this.jpa = jpa;
        this.visibility = visibility;
        this.cases = cases;
    }

    @Override
    public String moduleId() {
        return LegalModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        Scope scope = visibility == null ? Scope.all() : visibility.scope();
        List<TimelineEntryDTO> entries = new ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            Filter f = new Filter().and("? MEMBER OF e.attendeePersonIds", personId);
            Scoping.Condition inside = Scoping.townshipCondition(scope, "e.townshipCode");
            if (inside != null) {
                inside.addTo(f);
            }
            for (EventEntity e : f.list(em, EventEntity.class, "e.heldOn, e.id")) {
                entries.add(new TimelineEntryDTO(e.getHeldOn(), LegalModule.ID, "attended-promotion",
                        attended(e.getKind()),
                        e.getPlace(), BASE + "events/" + e.getId()));
            }
        });
        CaseQuery q = new CaseQuery();
        q.personId = personId;
        for (RightsCaseDTO c : cases.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(c.receivedOn, LegalModule.ID, "rights-case",
                    received(c.category), null, BASE + "cases/" + c.id));
            if (c.closedOn != null) {
                entries.add(new TimelineEntryDTO(c.closedOn, LegalModule.ID, "rights-case-closed",
                        text("timeline.caseClosed"), null, BASE + "cases/" + c.id));
            }
        }
        return entries;
    }

    /** 参加普法宣传：赶集日宣传 / Attended a legal promotion event: market day */
    static Message attended(EventKind kind) {
        return text("timeline.attended", label(kind));
    }

    /** 维权案件受理：家庭暴力 / Rights case received: domestic violence */
    static Message received(CaseCategory category) {
        return text("timeline.caseReceived", label(category));
    }

    private static Object label(Enum<?> value) {
        return value == null ? "" : LegalText.label(value);
    }
}
