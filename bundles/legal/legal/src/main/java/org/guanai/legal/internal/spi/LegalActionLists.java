package org.guanai.legal.internal.spi;

import static org.guanai.legal.internal.LegalText.en;
import static org.guanai.legal.internal.LegalText.zh;

import java.util.List;

import org.guanai.legal.internal.LegalText;
import org.guanai.legal.api.OverdueCaseDTO;
import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The overdue rights cases, for those who read them (legal staff; a handler sees their own): the case service keeps
 * everyone else's list empty, and then the list is not shown at all. Items name no one: they open the case.
 */
@Component(service = ActionListProvider.class)
public class LegalActionLists implements ActionListProvider {

    private final RightsCaseService cases;

    @Activate
    public LegalActionLists(@Reference(name = "cases") RightsCaseService cases) {
        this.cases = cases;
    }

    @Override
    public String moduleId() {
        return LegalModule.ID;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        Page<OverdueCaseDTO> overdue = cases.overdue(townshipCode, PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
        if (overdue.total == 0) {
            return List.of();
        }
        ActionListDTO list = new ActionListDTO(LegalModule.ID, "overdue-cases", zh("actions.overdue"), en("actions.overdue"));
        list.hintZh = zh("actions.overdue.hint");
        list.hintEn = en("actions.overdue.hint");
        list.total = overdue.total;
        for (OverdueCaseDTO o : overdue.items) {
            ActionItemDTO item = new ActionItemDTO();
            item.nameZh = zh("actions.overdue.case", o.caseId, LegalText.label(o.category));
            item.nameEn = en("actions.overdue.case", o.caseId, LegalText.label(o.category));
            item.name = item.nameZh;
            item.townshipCode = o.townshipCode;
            boolean first = o.reason == OverdueReason.FIRST_RESPONSE_OVERDUE;
            item.detailZh = first ? zh("actions.overdue.firstResponse", o.daysOverdue) : zh("actions.overdue.highRisk", o.daysOverdue);
            item.detailEn = first ? en("actions.overdue.firstResponse", o.daysOverdue) : en("actions.overdue.highRisk", o.daysOverdue);
            item.href = "/api/v1/legal/cases/" + o.caseId;
            list.items.add(item);
        }
        return List.of(list);
    }
}
