package org.guanai.health.internal.testing;

import java.util.Collection;
import java.util.function.Supplier;

import org.guanai.registry.api.PersonDirectory;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeSites;
import org.guanai.testing.fakes.Pages;
import org.guanai.registry.api.security.Scope;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.Status;

/**
 * The registry's API services the health module uses, by hand, over in-memory maps: a county with
 * three townships (C without anyone), persons and sites added by the tests. Lists filter like the
 * registry's and page by id; the person fake counts its list calls and remembers the page sizes asked.
 */
public final class FakeRegistry {

    public static final String COUNTY = "430621";
    public static final String TOWNSHIP_A = "430621100";
    public static final String TOWNSHIP_B = "430621101";
    /** A township where nobody is registered. */
    public static final String TOWNSHIP_C = "430621102";
    public static final String VILLAGE_A1 = "430621100201";
    public static final String VILLAGE_A2 = "430621100202";
    public static final String VILLAGE_B1 = "430621101201";
    public static final String VILLAGE_C1 = "430621102201";
    /** A township of another county. */
    public static final String FOREIGN_TOWNSHIP = "430622100";

    /** What the caller sees, as the registry's services would scope their answers; the whole county by default. */
    public static Supplier<Scope> scope = Scope::all;

    public final Persons persons = new Persons();
    public final Divisions divisions = new Divisions();
    public final Sites sites = new Sites();

    public FakeRegistry() {
        divisions.add(new DivisionDTO(COUNTY, "湘阴县", DivisionLevel.COUNTY, null));
        divisions.add(new DivisionDTO(TOWNSHIP_A, "东塘镇", DivisionLevel.TOWNSHIP, COUNTY));
        divisions.add(new DivisionDTO(TOWNSHIP_B, "西林乡", DivisionLevel.TOWNSHIP, COUNTY));
        divisions.add(new DivisionDTO(TOWNSHIP_C, "南湖街道", DivisionLevel.TOWNSHIP, COUNTY));
        divisions.add(new DivisionDTO(VILLAGE_A1, "青山村", DivisionLevel.VILLAGE, TOWNSHIP_A));
        divisions.add(new DivisionDTO(VILLAGE_A2, "白水村", DivisionLevel.VILLAGE, TOWNSHIP_A));
        divisions.add(new DivisionDTO(VILLAGE_B1, "石桥社区", DivisionLevel.VILLAGE, TOWNSHIP_B));
        divisions.add(new DivisionDTO(VILLAGE_C1, "湖边村", DivisionLevel.VILLAGE, TOWNSHIP_C));
        divisions.add(new DivisionDTO(FOREIGN_TOWNSHIP, "别县镇", DivisionLevel.TOWNSHIP, "430622"));
    }

    /** An active left-behind woman in the village. */
    public PersonDTO woman(String name, String village) {
        return person(name, village, CareCategory.LEFT_BEHIND_WOMAN);
    }

    public PersonDTO person(String name, String village, CareCategory... categories) {
        PersonDTO p = new PersonDTO();
        p.name = name;
        p.villageCode = village;
        p.townshipCode = village.substring(0, 9);
        p.phone = "139" + String.format("%08d", persons.records.size() + 1);
        p.categories = categories.length == 0 ? EnumSet.noneOf(CareCategory.class)
                : EnumSet.of(categories[0], categories);
        p.status = Status.ACTIVE;
        return persons.addNew(p);
    }

    public ServiceSiteDTO site(String name, String village) {
        ServiceSiteDTO s = new ServiceSiteDTO();
        s.kind = SiteKind.WOMENS_HOME;
        s.name = name;
        s.villageCode = village;
        s.townshipCode = village.substring(0, 9);
        s.status = Status.ACTIVE;
        return sites.add(s);
    }

    private static boolean visible(String township, String village) {
        return scope.get().includes(township, village);
    }

    /**
     * The registry's persons (guanai-testing's fake, which is also the module's PersonDirectory), scoped to
     * {@link #scope}, filtered as the registry filters, ids from 1000; it counts its list calls and page sizes.
     */
    public static final class Persons extends FakePersons {
        private long nextId = 1000;
        public int listCalls;
        public final List<Integer> limitsAsked = new ArrayList<>();

        PersonDTO addNew(PersonDTO p) {
            p.id = nextId++;
            p.version = 1;
            add(p);
            return p;
        }

        /** Ends the person's registration (moved away, ...), as the registry's end does. */
        public void endPerson(long id) {
            records.get(id).status = Status.ENDED;
        }

        @Override
        public Page<PersonDTO> list(PersonQuery query, PageRequest page) {
            listCalls++;
            limitsAsked.add(page.limit);
            return Pages.page(matching(query == null ? new PersonQuery() : query), page);
        }

        /** Scoped and filtered as the registry's list is. */
        @Override
        protected List<PersonDTO> matching(PersonQuery q) {
            return records.values().stream()
                    .filter(p -> visible(p.townshipCode, p.villageCode))
                    .filter(p -> q.townshipCode == null || q.townshipCode.equals(p.townshipCode))
                    .filter(p -> q.villageCode == null || q.villageCode.equals(p.villageCode))
                    .filter(p -> q.category == null || p.categories.contains(q.category))
                    .filter(p -> q.status == null || q.status == p.status)
                    .filter(p -> q.namePrefix == null || p.name.startsWith(q.namePrefix))
                    .collect(Collectors.toList());
        }

        @Override
        public PersonDTO get(long id) {
            PersonDTO p = super.get(id);
            if (!visible(p.townshipCode, p.villageCode)) {
                throw new NotFoundException("person", id);
            }
            return p;
        }

        @Override
        public Map<Long, PersonDTO> find(Collection<Long> ids) {
            Map<Long, PersonDTO> found = new TreeMap<>(super.find(ids));
            found.values().removeIf(p -> !visible(p.townshipCode, p.villageCode));
            return found;
        }
    }

    /** The county's divisions (guanai-testing's fake, emptied for the ones added here); any code passes. */
    public static final class Divisions extends FakeDivisions {
        public Divisions() {
            super(new DivisionDTO[0]);
            anyCode = true;
        }
    }

    /** The registry's sites (guanai-testing's fake), scoped to {@link #scope}. */
    public static final class Sites extends FakeSites {
        private long nextId = 500;

        ServiceSiteDTO add(ServiceSiteDTO s) {
            s.id = nextId++;
            s.version = 1;
            records.put(s.id, s);
            return s;
        }

        @Override
        public ServiceSiteDTO get(long id) {
            ServiceSiteDTO s = super.get(id);
            if (!visible(s.townshipCode, s.villageCode)) {
                throw new NotFoundException("site", id);
            }
            return s;
        }
    }
}
