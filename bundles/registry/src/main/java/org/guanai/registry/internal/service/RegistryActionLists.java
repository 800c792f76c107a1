package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.en;
import static org.guanai.registry.internal.RegistryText.zh;

import java.util.List;
import java.util.Set;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry's own action lists: left-behind children without a capable guardian, and children out of
 * school. Both read through the registry's services, so they are scoped and masked as the caller's REST
 * reads are; only roles that may read those records get them.
 */
@Component(service = ActionListProvider.class)
public class RegistryActionLists implements ActionListProvider {

    static final String WITHOUT_GUARDIAN = "children-without-capable-guardian";
    static final String OUT_OF_SCHOOL = "children-out-of-school";
    /** The roles that read the registry's persons and guardianships over REST. */
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL);

    private final PersonService persons;
    private final GuardianshipService guardianships;

    @Activate
    public RegistryActionLists(@Reference(name = "persons") PersonService persons,
                               @Reference(name = "guardianships") GuardianshipService guardianships) {
        this.persons = persons;
        this.guardianships = guardianships;
    }

    @Override
    public String moduleId() {
        return ModuleServiceImpl.MODULE_ID;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        boolean reader = CallerContext.current().map(c -> c.roles().stream().anyMatch(READERS::contains)).orElse(true);
        if (!reader) {
            return List.of();
        }
        PageRequest page = PageRequest.first(Math.max(1, limit));
        return List.of(withoutGuardian(townshipCode, page, limit), outOfSchool(townshipCode, page, limit));
    }

    private ActionListDTO withoutGuardian(String townshipCode, PageRequest page, int limit) {
        ActionListDTO list = new ActionListDTO(moduleId(), WITHOUT_GUARDIAN, zh("actions.withoutGuardian"),
                en("actions.withoutGuardian"));
        list.hintZh = zh("actions.withoutGuardian.hint");
        list.hintEn = en("actions.withoutGuardian.hint");
        Page<PersonDTO> children = guardianships.childrenWithoutCapableGuardian(townshipCode, page);
        list.total = children.total;
        for (PersonDTO child : children.items.subList(0, Math.min(limit, children.items.size()))) {
            ActionItemDTO item = item(child);
            GuardianCapacity best = bestCapacity(child.id);
            String why = best == null ? "actions.withoutGuardian.none" : best == GuardianCapacity.WEAK
                    ? "actions.withoutGuardian.weak" : "actions.withoutGuardian.incapable";
            item.detailZh = zh(why);
            item.detailEn = en(why);
            list.items.add(item);
        }
        return list;
    }

    private ActionListDTO outOfSchool(String townshipCode, PageRequest page, int limit) {
        ActionListDTO list = new ActionListDTO(moduleId(), OUT_OF_SCHOOL, zh("actions.outOfSchool"),
                en("actions.outOfSchool"));
        list.hintZh = zh("actions.outOfSchool.hint");
        list.hintEn = en("actions.outOfSchool.hint");
        PersonQuery query = new PersonQuery();
        query.townshipCode = townshipCode;
        query.category = CareCategory.LEFT_BEHIND_CHILD;
        query.status = Status.ACTIVE;
        query.schoolStage = SchoolStage.NOT_IN_SCHOOL;
        Page<PersonDTO> children = persons.list(query, page);
        list.total = children.total;
        for (PersonDTO child : children.items.subList(0, Math.min(limit, children.items.size()))) {
            ActionItemDTO item = item(child);
            Integer age = child.birthDate == null ? null
                    : java.time.Period.between(child.birthDate, java.time.LocalDate.now()).getYears();
            item.detailZh = age == null ? zh("actions.outOfSchool.detail") : zh("actions.outOfSchool.aged", age);
            item.detailEn = age == null ? en("actions.outOfSchool.detail") : en("actions.outOfSchool.aged", age);
            list.items.add(item);
        }
        return list;
    }

    /** The best capacity among the child's active guardians; null when none is registered. */
    private GuardianCapacity bestCapacity(long childId) {
        GuardianshipQuery query = new GuardianshipQuery();
        query.childId = childId;
        query.status = Status.ACTIVE;
        GuardianCapacity best = null;
        for (GuardianshipDTO g : guardianships.list(query, PageRequest.first(20)).items) {
            if (g.capacity != null && (best == null || g.capacity.ordinal() < best.ordinal())) {
                best = g.capacity;
            }
        }
        return best;
    }

    private static ActionItemDTO item(PersonDTO person) {
        return new ActionItemDTO(person.id, person.name, person.townshipCode, person.villageCode);
    }
}
