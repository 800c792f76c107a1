package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

/** Divisions, modules, indicators and stats. */
public class ReadOnlyResourcesTest {

    private final Fakes.Divisions divisions = new Fakes.Divisions();

    private DivisionResource divisionResource() {
        DivisionResource resource = new DivisionResource();
        resource.divisions = divisions;
        return resource;
    }

    @Test
    public void divisionsWithoutParametersAreTheCountyAndItsTownships() {
        List<DivisionDTO> list = divisionResource().list(null, " ");
        assertEquals(3, list.size());
        assertEquals("360100", list.get(0).code);
        assertEquals("360100001", list.get(1).code);
        assertEquals("360100", divisions.childrenOf);
    }

    @Test
    public void divisionsOfAParent() {
        List<DivisionDTO> list = divisionResource().list("360100001", null);
        assertEquals("360100001", divisions.childrenOf);
        assertEquals("360100001001", list.get(0).code);
    }

    @Test
    public void divisionSearchIsLimited() {
        divisionResource().list(null, "幸福");
        assertEquals("幸福", divisions.searched);
        assertEquals(Integer.valueOf(DivisionResource.SEARCH_LIMIT), divisions.searchLimit);
    }

    @Test
    public void parentAndSearchDoNotCombine() {
        ValidationException e = assertThrows(ValidationException.class, () -> divisionResource().list("360100", "幸"));
        assertEquals("q", Http.fieldError(e).field);
    }

    @Test
    public void divisionByCode() {
        assertEquals("360100", divisionResource().get("360100").code);
        assertThrows(NotFoundException.class, () -> divisionResource().get("999"));
    }

    @Test
    public void modulesAndIndicators() {
        Fakes.Modules modules = new Fakes.Modules();
        ModuleResource moduleResource = new ModuleResource();
        moduleResource.modules = modules;
        assertEquals("registry", moduleResource.list(null).get(0).id);
        assertEquals("核心登记的说明", moduleResource.list(null).get(0).description);
        assertEquals("what the registry does",
                moduleResource.list(PersonResourceTest.acceptLanguage(java.util.Locale.ENGLISH)).get(0).description);
        assertEquals("核心登记的说明",
                moduleResource.list(PersonResourceTest.acceptLanguage(java.util.Locale.SIMPLIFIED_CHINESE)).get(0).description);

        IndicatorResource indicatorResource = new IndicatorResource();
        indicatorResource.divisions = new Fakes.Divisions();
        indicatorResource.modules = modules;
        List<IndicatorDTO> indicators = indicatorResource.list("360100001");
        assertEquals("360100001", modules.indicatorTownship);
        assertEquals(1, indicators.size());
        indicatorResource.list("");
        assertNull(modules.indicatorTownship);
    }

    @Test
    public void stats() {
        StatsResource resource = new StatsResource();
        resource.stats = new Fakes.Stats();
        StatsResponse response = resource.get();
        assertEquals("360100", response.county.townshipCode);
        assertEquals(1, response.townships.size());
        assertEquals("360100001", response.townships.get(0).townshipCode);
    }
}
