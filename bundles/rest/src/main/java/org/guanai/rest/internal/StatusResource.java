package org.guanai.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Public;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Liveness probe for load balancers and monitoring: answers once the REST stack is up. Needs no credentials. */
@Component(service = StatusResource.class)
@JaxrsResource
@JaxrsName("guanai.status")
// Not @JSONRequired: it sets the same property as @JaxrsExtensionSelect and, placed after it, silently
// replaces the auth and problems selects. Selecting guanai.json already requires our application/json provider.
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Path(OpenPaths.STATUS)
@Public
public class StatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = Liveness.class, summary = "存活探针。Liveness probe")
    public Liveness status() {
        return new Liveness("UP");
    }

    /** The probe's answer. */
    public static final class Liveness {
        public final String status;

        public Liveness(String status) {
            this.status = status;
        }
    }
}
