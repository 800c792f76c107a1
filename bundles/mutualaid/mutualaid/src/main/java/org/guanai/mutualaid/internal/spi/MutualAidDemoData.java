package org.guanai.mutualaid.internal.spi;

import java.util.Random;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's year in the demo county, written through its own service (every record validated). Make it
 * plausible for the module: this sample gives a tenth of the first page of women a Group.
 */
@Component(service = DemoDataContributor.class)
public class MutualAidDemoData implements DemoDataContributor {

    private final PersonService persons;
    private final GroupService records;

    @Activate
    public MutualAidDemoData(@Reference(name = "persons") PersonService persons,
                                  @Reference(name = "records") GroupService records) {
        this.persons = persons;
        this.records = records;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public boolean hasData() {
        return records.list(new GroupQuery(), PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(DemoRequest request) {
        Random random = new Random(request.seed());
        PersonQuery women = new PersonQuery();
        women.category = CareCategory.LEFT_BEHIND_WOMAN;
        int written = 0;
        for (PersonDTO woman : persons.list(women, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            if (random.nextInt(10) == 0) {
                GroupDTO r = new GroupDTO();
                r.name = "巾帼互助组";
                r.villageCode = woman.villageCode;
                r.personId = woman.id;
                r.heldOn = request.today().minusDays(random.nextInt(300));
                records.create(r);
                written++;
            }
        }
        return written + " groups";
    }
}
