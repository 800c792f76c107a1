package org.guanai.divisions.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.NationalCountyDTO;
import org.junit.Test;

/** Against the real data the build made (target/classes), not a sample. */
public class NationalDivisionsImplTest {

    private final NationalDivisionsImpl national = new NationalDivisionsImpl();

    @Test
    public void yueyangCountyHasFourteenTownshipsAndAManagementOfficeWithTheirVillages() {
        List<NationalCountyDTO> byName = national.counties("岳阳县");
        assertEquals(1, byName.size());
        assertEquals("430621", byName.get(0).code);
        assertEquals("岳阳市", byName.get(0).city);
        assertEquals("湖南省", byName.get(0).province);
        assertEquals(byName.get(0).code, national.counties("430621").get(0).code);
        assertEquals("430621", national.counties("湖南省岳阳县").get(0).code);

        List<DivisionDTO> all = national.divisions("430621");
        List<DivisionDTO> townships = all.stream().filter(d -> d.level == DivisionLevel.TOWNSHIP).toList();
        assertEquals(15, townships.size()); // 14 towns and townships, and 东洞庭湖管理处
        assertEquals(14, townships.stream().filter(t -> t.name.endsWith("镇") || t.name.endsWith("乡")).count());
        assertEquals(204, all.size() - townships.size());
        DivisionDTO first = all.get(0);
        assertEquals("430621100", first.code);
        assertEquals("荣家湾镇", first.name);
        assertEquals("430621", first.parentCode);
        assertTrue(all.stream().anyMatch(d -> d.code.equals("430621100265") && d.name.equals("城东村")
                && d.parentCode.equals("430621100")));
    }

    @Test
    public void aNameThatIsNotUniqueListsTheCandidatesAndUnknownIsEmpty() {
        assertTrue(national.counties("城关区").size() > 1);
        assertTrue(national.counties("岳阳").size() >= 2); // 岳阳县, 岳阳楼区
        assertEquals(List.of(), national.counties("999999"));
        assertEquals(List.of(), national.divisions("999999"));
        assertEquals(List.of(), national.counties(" "));
    }
}
