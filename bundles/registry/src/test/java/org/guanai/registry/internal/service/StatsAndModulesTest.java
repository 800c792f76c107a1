package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.GuardianshipServiceTest.guardianship;
import static org.guanai.registry.internal.service.HouseholdServiceTest.household;
import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.guanai.registry.internal.service.Registry.COUNTY;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_C;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A2;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.elder;
import static org.guanai.registry.internal.service.Registry.person;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.internal.security.InstalledModules;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.guanai.registry.api.spi.ModuleDescriptor;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Counts need a database of their own: every record here is part of the expected figures. */
public class StatsAndModulesTest {

    private static Registry registry;

    @BeforeClass
    public static void fillCounty() {
        registry = Registry.open();
        // Township A: 2 women (one also elderly), 2 children (one with a capable guardian), 1 ended woman.
        registry.persons.create(woman("甲一", VILLAGE_A1));
        registry.persons.create(person("甲二", 60, Gender.FEMALE, VILLAGE_A2, CareCategory.LEFT_BEHIND_WOMAN,
                CareCategory.LEFT_BEHIND_ELDERLY));
        PersonDTO covered = registry.persons.create(child("甲三", 8, VILLAGE_A1));
        registry.persons.create(child("甲四", 9, VILLAGE_A1));
        PersonDTO gone = registry.persons.create(woman("甲五", VILLAGE_A1));
        registry.persons.end(gone.id, gone.version, new EndRequest(null, EndReason.MOVED_AWAY, null));
        PersonDTO grandpa = registry.persons.create(elder("甲六", VILLAGE_A1));
        registry.guardianships.create(guardianship(covered.id, grandpa.id, GuardianCapacity.GOOD));
        registry.households.create(household("甲户", VILLAGE_A1));
        HouseholdDTO endedHousehold = registry.households.create(household("甲户二", VILLAGE_A2));
        registry.households.end(endedHousehold.id, endedHousehold.version, null);
        registry.sites.create(SitesTeamsVolunteersTest.site("甲站", SiteKind.WOMENS_HOME, VILLAGE_A1));
        // Township B: 1 child without a guardian, 1 household, 2 sites.
        registry.persons.create(child("乙一", 12, VILLAGE_B1));
        registry.households.create(household("乙户", VILLAGE_B1));
        registry.sites.create(SitesTeamsVolunteersTest.site("乙站", SiteKind.CHILDRENS_HOME, VILLAGE_B1));
        registry.sites.create(SitesTeamsVolunteersTest.site("乙站二", SiteKind.COMBINED, VILLAGE_B1));
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    @Test
    public void countsActiveRecordsPerTownshipIncludingEmptyOnes() {
        List<TownshipStatsDTO> rows = registry.stats.byTownship();

        assertEquals(List.of(TOWNSHIP_A, TOWNSHIP_B, TOWNSHIP_C),
                rows.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        assertEquals("东塘镇", rows.get(0).townshipName);
        assertFigures(rows.get(0), 2, 2, 2, 1, 1, 1);
        assertFigures(rows.get(1), 0, 1, 0, 1, 2, 1);
        assertFigures(rows.get(2), 0, 0, 0, 0, 0, 0);
    }

    @Test
    public void theCountyIsTheSumOfItsTownships() {
        TownshipStatsDTO county = registry.stats.county();
        assertEquals(COUNTY, county.townshipCode);
        assertEquals("湘阴县", county.townshipName);
        assertFigures(county, 2, 3, 2, 2, 3, 2);
    }

    @Test
    public void modulesListTheRegistryFirstThenModulesById() {
        InstalledModules installed = new InstalledModules();
        ModuleServiceImpl modules = new ModuleServiceImpl("1.2.3", registry.stats, installed);
        installed.add(descriptor("training"));
        installed.add(descriptor("health"));

        List<ModuleDTO> listed = modules.modules();

        assertEquals(List.of("registry", "health", "training"),
                listed.stream().map(m -> m.id).collect(Collectors.toList()));
        assertEquals("核心登记", listed.get(0).nameZh);
        assertEquals("Core registry", listed.get(0).nameEn);
        assertEquals("1.2.3", listed.get(0).version);
        // what each does, in Chinese first and in English beside it; a module that gives one text gives it for both
        assertEquals("外出务工家庭，留守妇女、儿童和老人，监护人，服务阵地、服务队伍和服务记录。", listed.get(0).description);
        assertEquals(listed.get(0).description, listed.get(0).descriptionZh);
        assertTrue(listed.get(0).descriptionEn, listed.get(0).descriptionEn.startsWith("Households, left-behind"));
        assertEquals(listed.get(1).descriptionZh, listed.get(1).descriptionEn);
        assertEquals(listed.get(1).descriptionZh, listed.get(1).description);
    }

    @Test
    public void indicatorsCombineTheRegistrysWithTheModulesAndSkipFailures() {
        ModuleServiceImpl modules = new ModuleServiceImpl("1.0.0", registry.stats, new InstalledModules());
        modules.addIndicatorProvider(indicators("health", t -> List.of(
                new IndicatorDTO("health", "coverage", "筛查覆盖率", "Screening coverage", 63.5, "%"))));
        modules.addIndicatorProvider(indicators("broken", t -> {
            throw new IllegalStateException("down");
        }));

        List<IndicatorDTO> forB = modules.indicators(TOWNSHIP_B);
        assertEquals(7, forB.size());
        assertEquals(1.0, value(forB, "registry", "active-children"), 0);
        assertEquals(2.0, value(forB, "registry", "active-sites"), 0);
        assertEquals(1.0, value(forB, "registry", "children-without-capable-guardian"), 0);
        assertEquals(63.5, value(forB, "health", "coverage"), 0);
        IndicatorDTO unguarded = forB.stream().filter(i -> i.id.equals("children-without-capable-guardian"))
                .findFirst().orElseThrow();
        assertEquals(List.of("无有效监护留守儿童", "Children without a capable guardian"),
                List.of(unguarded.labelZh, unguarded.labelEn));
        for (IndicatorDTO i : forB) {
            assertFalse(i.id + " is named in both languages from the bundle",
                    i.labelZh.startsWith("indicator.") || i.labelEn.startsWith("indicator."));
        }

        assertEquals(3.0, value(modules.indicators(null), "registry", "active-children"), 0);
        expectValidation(() -> modules.indicators("430621999"));
    }

    private static void assertFigures(TownshipStatsDTO row, long women, long children, long elderly,
                                      long households, long sites, long withoutGuardian) {
        assertEquals("women of " + row.townshipCode, women, row.women);
        assertEquals("children of " + row.townshipCode, children, row.children);
        assertEquals("elderly of " + row.townshipCode, elderly, row.elderly);
        assertEquals("households of " + row.townshipCode, households, row.households);
        assertEquals("sites of " + row.townshipCode, sites, row.sites);
        assertEquals("unguarded children of " + row.townshipCode, withoutGuardian, row.childrenWithoutCapableGuardian);
    }

    private static double value(List<IndicatorDTO> indicators, String module, String id) {
        return indicators.stream().filter(i -> i.moduleId.equals(module) && i.id.equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(module + "/" + id)).value;
    }

    private static ModuleDescriptor descriptor(String id) {
        return new ModuleDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String nameZh() {
                return id + "中文";
            }

            @Override
            public String nameEn() {
                return id;
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String description() {
                return "module " + id;
            }
        };
    }

    private static IndicatorProvider indicators(String module, java.util.function.Function<String,
            List<IndicatorDTO>> figures) {
        return new IndicatorProvider() {
            @Override
            public String moduleId() {
                return module;
            }

            @Override
            public List<IndicatorDTO> indicators(String townshipCode) {
                return figures.apply(townshipCode);
            }
        };
    }
}
