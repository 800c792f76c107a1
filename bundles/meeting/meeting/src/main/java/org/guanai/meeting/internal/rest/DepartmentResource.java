package org.guanai.meeting.internal.rest;

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
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentService;
import org.guanai.meeting.internal.spi.MeetingModule;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The member departments: read by the module's readers, kept by county staff and the joint meeting's office. */
@Component(service = DepartmentResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MeetingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE})
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {
    static final String RECORD = "department";

    @Reference
    DepartmentService departments;

    @GET
    @ApiResponseType(value = DepartmentDTO.class, page = true, summary = "列出成员单位。List member departments")
    public Page<DepartmentDTO> list(@Parameter(description = "状态：在册（ACTIVE）或已退出（ENDED）。Status: member or left.", schema = @Schema(implementation = Status.class))
                                    @QueryParam("status") String status,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        return departments.list(Params.enumParam(Status.class, "status", status), Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = DepartmentDTO.class, summary = "读取成员单位；ETag 即其版本。Get a department; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        DepartmentDTO d = departments.get(Params.id(RECORD, id));
        return Etags.ok(d, d.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = DepartmentDTO.class, status = 201, summary = "增加成员单位。Add a member department")
    public Response create(DepartmentDTO department, @Context UriInfo uriInfo) {
        DepartmentDTO created = departments.create(Params.body(department));
        return Params.created(uriInfo, DepartmentResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = DepartmentDTO.class, summary = "更正成员单位（须 If-Match）。Correct a department (If-Match required)")
    public Response update(@PathParam("id") String id, DepartmentDTO department, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        DepartmentDTO updated = departments.update(Params.id(RECORD, id), version, Params.body(department));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = DepartmentDTO.class, summary = "成员单位退出，其事项保留（须 If-Match）。A department leaves; its matters stay (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "退出的日期（默认今天）和说明；可为空。The day (today when absent) and a note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        DepartmentDTO ended = departments.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
