package org.guanai.legal.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.EventQuery;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.PromotionEventService;
import org.guanai.legal.api.Topic;
import org.guanai.legal.internal.spi.LegalModule;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Legal promotion events: ordinary data of the caller's divisions, never deleted. Holds no rule: the service decides. */
@Component(service = EventResource.class)
@GuanaiResource
@JaxrsApplicationSelect(LegalApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    static final String RECORD = "legal-event";

    @Reference
    PromotionEventService events;

    @Reference
    DivisionService divisions;

    @GET
    @ApiResponseType(value = PromotionEventDTO.class, page = true, summary = "列出普法宣传活动，新的在前。List promotion events, newest first")
    public Page<PromotionEventDTO> list(@QueryParam("township") String township,
                                        @QueryParam("village") String village,
                                        @Parameter(description = "活动类型。Kind of event.", schema = @Schema(implementation = EventKind.class))
                                        @QueryParam("kind") String kind,
                                        @Parameter(description = "宣传的法律或主题。A topic promoted.", schema = @Schema(implementation = Topic.class))
                                        @QueryParam("topic") String topic,
                                        @Parameter(description = "起始日期（含）。From this day.", schema = @Schema(type = "string", format = "date"))
                                        @QueryParam("from") String from,
                                        @Parameter(description = "截止日期（含）。Up to this day.", schema = @Schema(type = "string", format = "date"))
                                        @QueryParam("to") String to,
                                        @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit) {
        EventQuery q = new EventQuery();
        q.townshipCode = divisions.townshipCode("township", township);
        q.villageCode = divisions.villageCode("village", village);
        q.kind = Params.enumParam(EventKind.class, "kind", kind);
        q.topic = Params.enumParam(Topic.class, "topic", topic);
        q.from = Params.dateParam("from", from);
        q.to = Params.dateParam("to", to);
        return events.list(q, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = PromotionEventDTO.class, summary = "读取普法宣传活动；ETag 即其版本。Get an event; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        PromotionEventDTO e = events.get(Params.id(RECORD, id));
        return Etags.ok(e, e.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PromotionEventDTO.class, status = 201, summary = "登记普法宣传活动。Register a promotion event")
    public Response create(PromotionEventDTO event, @Context UriInfo uriInfo) {
        PromotionEventDTO created = events.create(Params.body(event));
        return Params.created(uriInfo, EventResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PromotionEventDTO.class, summary = "更正普法宣传活动（须 If-Match）。Correct an event (If-Match required)")
    public Response update(@PathParam("id") String id, PromotionEventDTO event, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        PromotionEventDTO updated = events.update(Params.id(RECORD, id), version, Params.body(event));
        return Etags.ok(updated, updated.version);
    }
}
