package org.guanai.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.operations.StatusDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Public;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The probe for load balancers and monitoring, without credentials: 200 {@code UP} when the platform can serve
 * its data, 503 {@code DOWN} with the parts that are not ready and why (the data home, the database, the
 * registry's or a module's schema: migrating, waiting for the migration lock, failed) while it cannot. Only
 * fixed texts: no paths, host names or SQL reach an anonymous caller.
 */
@Component(service = StatusResource.class)
@JaxrsName("guanai.status")
@GuanaiResource
@Path(OpenPaths.STATUS)
@Public
public class StatusResource {

    static final String RETRY_AFTER_SECONDS = "10";

    /** The registry's; absent until the registry has started (and while its database is not configured). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile StatusService platform;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = Readiness.class, summary = "就绪探针：200 UP，或 503 DOWN 并列出未就绪的部分。Readiness probe: 200 UP, or 503 DOWN with the parts not ready")
    public Response status(@Context HttpHeaders headers) {
        Readiness body = of(platform, RestText.language(headers));
        Response.ResponseBuilder r = Response.status("UP".equals(body.status) ? 200 : 503).entity(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (!"UP".equals(body.status)) {
            r.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return r.build();
    }

    /** The probe's answer, each part's detail in {@code language}. */
    static Readiness of(StatusService platform, Locale language) {
        StatusDTO status;
        if (platform == null) {
            status = new StatusDTO();
            status.parts.add(PartStatusDTO.of("registry", PartState.STARTING, RestText.message("status.notStarted"),
                    null));
        } else {
            status = platform.status();
        }
        List<ReadinessPart> parts = new ArrayList<>();
        status.parts.forEach(p -> parts.add(new ReadinessPart(p, language)));
        return new Readiness(status.up && platform != null ? "UP" : "DOWN", parts);
    }

    /** The probe's answer. */
    public static final class Readiness {
        /** {@code UP} or {@code DOWN}. */
        public final String status;
        public final List<ReadinessPart> parts;

        public Readiness(String status, List<ReadinessPart> parts) {
            this.status = status;
            this.parts = parts;
        }
    }

    /** One part: {@code data-home}, {@code database}, {@code registry} or a module's id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class ReadinessPart {
        public final String name;
        public final PartState state;
        /** Why it is not ready and what to do, in the language Accept-Language asks for (Chinese by default). */
        public final String detail;
        public final Instant since;

        ReadinessPart(PartStatusDTO p, Locale language) {
            this.name = p.name;
            this.state = p.state;
            this.detail = p.detail(language);
            this.since = p.since;
        }
    }
}
