package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.NationalCountyDTO;
import org.guanai.registry.api.NationalDivisions;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** registry:county against a small stand-in of the national list (the real one is tested in guanai-divisions). */
public class CountySetupTest {

    /** Two counties of one province, named as the statistics bureau names them. */
    static final class TwoCounties implements NationalDivisions {
        @Override
        public String edition() {
            return "test edition";
        }

        @Override
        public List<NationalCountyDTO> counties(String codeOrName) {
            List<NationalCountyDTO> all = List.of(new NationalCountyDTO("430621", "岳阳县", "岳阳市", "湖南省"),
                    new NationalCountyDTO("430626", "平江县", "岳阳市", "湖南省"));
            return all.stream().filter(c -> c.code.equals(codeOrName) || c.name.equals(codeOrName)
                    || c.name.startsWith(codeOrName.substring(0, 1)) && codeOrName.length() == 1).toList();
        }

        @Override
        public List<DivisionDTO> divisions(String countyCode) {
            List<DivisionDTO> out = new ArrayList<>();
            if (countyCode.equals("430621")) {
                out.add(new DivisionDTO("430621100", "荣家湾镇", DivisionLevel.TOWNSHIP, "430621"));
                out.add(new DivisionDTO("430621100001", "集镇居民委员会", DivisionLevel.VILLAGE, "430621100"));
                out.add(new DivisionDTO("430621100265", "城东村民委员会", DivisionLevel.VILLAGE, "430621100"));
                out.add(new DivisionDTO("430621100266", "兴园村", DivisionLevel.VILLAGE, "430621100"));
                out.add(new DivisionDTO("430621104", "黄沙街镇", DivisionLevel.TOWNSHIP, "430621"));
                out.add(new DivisionDTO("430621104236", "复兴村委会", DivisionLevel.VILLAGE, "430621104"));
                out.add(new DivisionDTO("430621104237", "城东村民委员会", DivisionLevel.VILLAGE, "430621104"));
            } else if (countyCode.equals("430626")) {
                out.add(new DivisionDTO("430626100", "汉昌镇", DivisionLevel.TOWNSHIP, "430626"));
                out.add(new DivisionDTO("430626100201", "天岳村民委员会", DivisionLevel.VILLAGE, "430626100"));
            }
            return out;
        }
    }

    private TestDatabase db;
    private DivisionServiceImpl divisions;

    @Before
    public void open() {
        db = Registry.database();
        divisions = new DivisionServiceImpl(db.jpa, new TwoCounties(), null);
    }

    @After
    public void close() {
        db.close();
    }

    @Test
    public void aFreshRegistryServesNoCountyUntilOneIsSetUpByNameOrCode() {
        try {
            divisions.county();
            throw new AssertionError("no county yet");
        } catch (NotFoundException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("registry:county"));
        }
        CountySetupDTO dry = divisions.setUpCounty("岳阳县", true);
        assertTrue(dry.dryRun);
        assertEquals(8, dry.added);
        assertEquals("岳阳市", dry.city);
        assertEquals("dry run writes nothing", List.of(), divisions.children(null));

        CountySetupDTO done = divisions.setUpCounty("430621", false);
        assertEquals(2, done.townships);
        assertEquals(5, done.villages);
        assertEquals("岳阳县", divisions.county().name);
        assertEquals("集镇社区", divisions.get("430621100001").name);
        assertEquals("城东村", divisions.get("430621100265").name);
        assertEquals("复兴村", divisions.get("430621104236").name);

        CountySetupDTO again = divisions.setUpCounty("岳阳县", false);
        assertEquals(0, again.added + again.renamed + again.removed.size());
        assertEquals(8, again.unchanged);
    }

    @Test
    public void theSampleCountyGoesWhereItHoldsNothingAndStaysWhereRecordsAreFiled() {
        new DivisionServiceImpl(db.jpa, "430621", "示范县");
        divisions = new DivisionServiceImpl(db.jpa, new TwoCounties(), null);
        divisions.importCsv(new StringReader("430621100,荣家湾镇\n430621100201,古洲湾村\n430621101,黄沙街镇\n"
                + "430621101201,黄沙村\n430621101202,石门村\n"));
        HouseholdDTO h = new HouseholdDTO();
        h.villageCode = "430621101201";
        h.headName = "王秀英";
        new HouseholdServiceImpl(db.jpa, divisions, null, null, null).create(h);

        CountySetupDTO done = divisions.setUpCounty("岳阳县", false);
        assertEquals("示范县", done.previous.name);
        assertEquals("岳阳县", divisions.county().name);
        assertEquals(List.of("430621100201", "430621101202"), done.removed.stream().map(d -> d.code).toList());
        assertEquals(List.of("430621101", "430621101201"), done.kept.stream().map(k -> k.division.code).toList());
        assertEquals(1, done.kept.get(1).records);
        assertFalse(divisions.find("430621100201").isPresent());
        assertTrue(divisions.find("430621101201").isPresent());
        assertEquals(3, done.townships);
    }

    @Test
    public void anotherCountyReplacesAnEmptyRegistryButNeverOneWithRecords() {
        divisions.setUpCounty("岳阳县", false);
        CountySetupDTO switched = divisions.setUpCounty("平江县", false);
        assertEquals("岳阳县", switched.previous.name);
        assertEquals("平江县", divisions.county().name);
        assertEquals(List.of("430626100"), divisions.children(null).stream().map(d -> d.code).toList());

        HouseholdDTO h = new HouseholdDTO();
        h.villageCode = "430626100201";
        h.headName = "李娟";
        new HouseholdServiceImpl(db.jpa, divisions, null, null, null).create(h);
        ValidationException e = expectValidation(() -> divisions.setUpCounty("岳阳县", false));
        assertEquals("county", e.errors().get(0).field);
        assertTrue(e.getMessage(), e.getMessage().contains("430626100"));
        assertEquals("平江县", divisions.county().name);

        assertEquals("county", expectValidation(() -> divisions.setUpCounty("nowhere", false)).errors().get(0).field);
    }

    @Test
    public void villagesTheListLacksAreAddedByHandWithAProposedCodeAndKept() {
        divisions.setUpCounty("岳阳县", false);
        DivisionDTO village = divisions.addVillage("荣家湾镇", "新湖村民委员会", null);
        assertEquals("430621100267", village.code);
        assertEquals("新湖村", village.name);
        assertEquals("430621100002", divisions.addVillage("430621100", "湖滨社区", null).code);
        assertEquals("430621104300", divisions.addVillage("黄沙街镇", "新桥村", "430621104300").code);
        assertEquals("name", expectValidation(() -> divisions.addVillage("荣家湾镇", "新湖村", null)).errors().get(0).field);
        assertEquals("township", expectValidation(() -> divisions.addVillage("月亮镇", "x村", null)).errors().get(0).field);
        assertEquals("code", expectValidation(() -> divisions.addVillage("荣家湾镇", "y村", "430621104999"))
                .errors().get(0).field);

        CountySetupDTO again = divisions.setUpCounty("岳阳县", false);
        assertEquals(3, again.kept.size());
        assertTrue(again.kept.stream().allMatch(k -> k.addedByHand));
        assertTrue(divisions.find("430621100267").isPresent());
    }

    @Test
    public void filtersTakeCodesAndNamesAndNameTheParameterOfAnUnknownOne() {
        divisions.setUpCounty("岳阳县", false);
        assertEquals("430621100", divisions.townshipCode("township", "荣家湾镇"));
        assertEquals("430621100", divisions.townshipCode("township", " 430621100 "));
        assertEquals("430621100", divisions.townshipCode("township", "荣家湾"));
        assertNull(divisions.townshipCode("township", " "));
        assertEquals("430621100266", divisions.villageCode("village", "兴园村"));
        assertEquals("430621100001", divisions.villageCode("village", "集镇居民委员会"));
        assertEquals("430621104237", divisions.villageCode("village", "黄沙街镇/城东村"));
        ValidationException twice = expectValidation(() -> divisions.villageCode("--village", "城东村"));
        assertEquals("--village", twice.errors().get(0).field);
        assertTrue(twice.getMessage(), twice.getMessage().contains("430621100265"));
        assertEquals("township", expectValidation(() -> divisions.townshipCode("township", "430621999"))
                .errors().get(0).field);
        assertEquals("village", expectValidation(() -> divisions.villageCode("village", "430621100"))
                .errors().get(0).field);
    }
}
