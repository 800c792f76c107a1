package ${package}.internal.spi;

import java.util.Random;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's year in the demo county, written through its own service (every record validated). Make it
 * plausible for the module: this sample gives a tenth of the first page of women a ${aggregate}.
 */
@Component(service = DemoDataContributor.class)
public class ${moduleClass}DemoData implements DemoDataContributor {

    private final PersonService persons;
    private final ${aggregate}Service records;

    @Activate
    public ${moduleClass}DemoData(@Reference(name = "persons") PersonService persons,
                                  @Reference(name = "records") ${aggregate}Service records) {
        this.persons = persons;
        this.records = records;
    }

    @Override
    public String moduleId() {
        return ${moduleClass}Module.ID;
    }

    @Override
    public boolean hasData() {
        return records.list(new ${aggregate}Query(), PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(DemoRequest request) {
        Random random = new Random(request.seed());
        PersonQuery women = new PersonQuery();
        women.category = CareCategory.LEFT_BEHIND_WOMAN;
        int written = 0;
        for (PersonDTO woman : persons.list(women, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            if (random.nextInt(10) == 0) {
                ${aggregate}DTO r = new ${aggregate}DTO();
                r.name = "${nameZh}";
                r.villageCode = woman.villageCode;
                r.personId = woman.id;
                r.heldOn = request.today().minusDays(random.nextInt(300));
                records.create(r);
                written++;
            }
        }
        return written + " ${aggregates}";
    }
}
