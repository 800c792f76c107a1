package ${package}.internal.spi;

import java.util.List;

import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.IndicatorProvider;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's figures on the dashboard: counts, never one person's data. */
@Component(service = IndicatorProvider.class)
public class ${moduleClass}Indicators implements IndicatorProvider {

    private final ${aggregate}Service records;

    @Activate
    public ${moduleClass}Indicators(@Reference(name = "records") ${aggregate}Service records) {
        this.records = records;
    }

    @Override
    public String moduleId() {
        return ${moduleClass}Module.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        ${aggregate}Query query = new ${aggregate}Query();
        query.townshipCode = townshipCode;
        long count = records.list(query, PageRequest.first(1)).total;
        return List.of(new IndicatorDTO(${moduleClass}Module.ID, "${aggregates}", "${nameZh}记录", "${nameEn} records",
                count, "records"));
    }
}
