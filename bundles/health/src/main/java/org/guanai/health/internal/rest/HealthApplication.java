package org.guanai.health.internal.rest;

import javax.ws.rs.core.Application;

import org.guanai.rest.api.GuanaiApplication;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The health module's JAX-RS application: every health resource lives in it, under {@code /api/v1/health}, so
 * installing, updating or removing the module redeploys this application alone and the registry's endpoints go on
 * answering. Its resources select it with {@code @JaxrsApplicationSelect(HealthApplication.SELECT)}.
 */
@Component(service = Application.class)
@GuanaiApplication
@JaxrsApplicationBase(HealthApplication.BASE)
@JaxrsName(HealthApplication.NAME)
public class HealthApplication extends Application {
    public static final String BASE = GuanaiRest.API + "/health";
    public static final String NAME = "guanai.health";
    /** For the resources' {@code @JaxrsApplicationSelect}. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
