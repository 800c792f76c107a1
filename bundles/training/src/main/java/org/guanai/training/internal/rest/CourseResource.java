package org.guanai.training.internal.rest;

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

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.CourseQuery;
import org.guanai.training.api.CourseService;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The course catalogue: read by every training user, written by county and training staff. */
@Component(service = CourseResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE})
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {
    static final String RECORD = "course";

    @Reference
    CourseService courses;

    @GET
    @ApiResponseType(value = CourseDTO.class, page = true, summary = "列出课程。List courses")
    public Page<CourseDTO> list(@Parameter(description = "课程类型。Kind of course.", schema = @Schema(implementation = CourseKind.class))
                                @QueryParam("kind") String kind,
                                @Parameter(description = "名称开头。Title starts with.")
                                @QueryParam("title") String title,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit) {
        CourseQuery query = new CourseQuery();
        query.kind = Params.enumParam(CourseKind.class, "kind", kind);
        query.titlePrefix = Params.text(title);
        return courses.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = CourseDTO.class, summary = "读取课程；ETag 即其版本。Get a course; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        CourseDTO course = courses.get(Params.id(RECORD, id));
        return Etags.ok(course, course.version);
    }

    @Allow({Roles.COUNTY, TrainingModule.ROLE})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CourseDTO.class, status = 201, summary = "登记课程。Register a course")
    public Response create(CourseDTO course, @Context UriInfo uriInfo) {
        CourseDTO created = courses.create(Params.body(course));
        return Params.created(uriInfo, CourseResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, TrainingModule.ROLE})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CourseDTO.class, summary = "整体替换课程（须 If-Match）。Replace a course (If-Match required)")
    public Response update(@PathParam("id") String id, CourseDTO course, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CourseDTO updated = courses.update(Params.id(RECORD, id), version, Params.body(course));
        return Etags.ok(updated, updated.version);
    }
}
