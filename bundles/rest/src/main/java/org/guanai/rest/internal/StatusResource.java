package org.guanai.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Public;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** Liveness probe for load balancers and monitoring: answers once the REST stack is up. Needs no credentials. */
@Component(service = StatusResource.class)
@JaxrsName("guanai.status")
@GuanaiResource
@Path(OpenPaths.STATUS)
@Public
public class StatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = Status.class, summary = "Liveness probe")
    public Status status() {
        return new Status("UP");
    }

    /** The probe's answer. */
    public static final class Status {
        public final String status;

        public Status(String status) {
            this.status = status;
        }
    }
}
