package org.guanai.rest.internal.openapi;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.junit.Test;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

public class LiveResourcesTest {
    @Test
    public void liveResourcesComeFromEveryApplication() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.defaultApplication = application("/", 11, 12);
        runtime.applicationDTOs = new ApplicationDTO[] {application("/other", 20), application("/", 11)};
        assertEquals(Map.of(11L, "/", 12L, "/", 20L, "/other"), LiveResources.of(runtime));
        assertEquals(Map.of(), LiveResources.of(new RuntimeDTO()));
    }

    private static ApplicationDTO application(String base, long... serviceIds) {
        ApplicationDTO app = new ApplicationDTO();
        app.base = base;
        app.resourceDTOs = new ResourceDTO[serviceIds.length];
        for (int i = 0; i < serviceIds.length; i++) {
            app.resourceDTOs[i] = new ResourceDTO();
            app.resourceDTOs[i].serviceId = serviceIds[i];
        }
        return app;
    }
}
