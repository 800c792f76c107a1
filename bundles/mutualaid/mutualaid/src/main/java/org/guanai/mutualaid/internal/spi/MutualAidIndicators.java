package org.guanai.mutualaid.internal.spi;

import java.util.List;

import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's figures on the dashboard: counts, never one person's data. */
@Component(service = IndicatorProvider.class)
public class MutualAidIndicators implements IndicatorProvider {

    private final GroupService records;

    @Activate
    public MutualAidIndicators(@Reference(name = "records") GroupService records) {
        this.records = records;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        GroupQuery query = new GroupQuery();
        query.townshipCode = townshipCode;
        long count = records.list(query, PageRequest.first(1)).total;
        return List.of(new IndicatorDTO(MutualAidModule.ID, "groups", "巾帼互助组记录", "Mutual-aid groups records",
                count, "records"));
    }
}
