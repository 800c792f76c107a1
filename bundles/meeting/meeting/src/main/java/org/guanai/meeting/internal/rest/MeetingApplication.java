package org.guanai.meeting.internal.rest;

import javax.ws.rs.core.Application;

import org.guanai.rest.api.GuanaiApplication;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The joint meeting's own JAX-RS application, under {@code /api/v1/meeting}: installing or removing the module
 * redeploys it alone, never the registry's. Every resource of the module selects it.
 */
@Component(service = Application.class)
@GuanaiApplication
@JaxrsApplicationBase(MeetingApplication.BASE)
@JaxrsName(MeetingApplication.NAME)
public class MeetingApplication extends Application {
    public static final String BASE = GuanaiRest.API + "/meeting";
    public static final String NAME = "guanai.meeting";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
