package org.guanai.legal.internal.rest;

import javax.ws.rs.core.Application;

import org.guanai.rest.api.GuanaiApplication;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The module's own JAX-RS application, under {@code /api/v1/legal}: installing or removing the module redeploys it
 * alone, never the registry's. Every resource of the module selects it.
 */
@Component(service = Application.class)
@GuanaiApplication
@JaxrsApplicationBase(LegalApplication.BASE)
@JaxrsName(LegalApplication.NAME)
public class LegalApplication extends Application {
    public static final String BASE = GuanaiRest.API + "/legal";
    public static final String NAME = "guanai.legal";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
