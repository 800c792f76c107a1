package org.guanai.training.internal.rest;

import java.net.URI;

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
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairQuery;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Entrepreneurship project fairs (创业项目推介会), their projects, and who signed up for them. */
@Component(service = FairResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE})
@Path("fairs")
@Produces(MediaType.APPLICATION_JSON)
public class FairResource {
    static final String RECORD = "fair";
    static final String SIGN_UP = "fair sign-up";

    @Reference
    FairService fairs;

    @GET
    @ApiResponseType(value = FairDTO.class, page = true, summary = "列出创业项目推介会。List entrepreneurship project fairs")
    public Page<FairDTO> list(@QueryParam("township") String township,
                              @Parameter(description = "举办年度。Year held.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                              @QueryParam("year") String year,
                              @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit) {
        FairQuery query = new FairQuery();
        query.townshipCode = Params.text(township);
        query.year = Params.yearParam("year", year);
        return fairs.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = FairDTO.class, summary = "读取推介会及其项目；ETag 即其版本。Get a fair with its projects; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        FairDTO fair = fairs.get(Params.id(RECORD, id));
        return Etags.ok(fair, fair.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = FairDTO.class, status = 201, summary = "登记推介会及其推介的项目。Record a fair and the projects it presents")
    public Response create(FairDTO fair, @Context UriInfo uriInfo) {
        FairDTO created = fairs.create(Params.body(fair));
        return Params.created(uriInfo, FairResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = FairDTO.class, summary = "整体替换推介会（须 If-Match）；项目按 id 保留，已有报名的项目不能删除。Replace a fair (If-Match required); projects are kept by id, one with sign-ups cannot be left out")
    public Response update(@PathParam("id") String id, FairDTO fair, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        FairDTO updated = fairs.update(Params.id(RECORD, id), version, Params.body(fair));
        return Etags.ok(updated, updated.version);
    }

    @GET
    @Path("{id}/sign-ups")
    @ApiResponseType(value = FairSignUpDTO.class, page = true, summary = "推介会的项目报名（调用者看得到的人员）。The fair's sign-ups (of the persons the caller sees)")
    public Page<FairSignUpDTO> signUps(@PathParam("id") String id,
                                       @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        return fairs.signUps(Params.id(RECORD, id), null, Params.page(offset, limit));
    }

    @POST
    @Path("{id}/sign-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = FairSignUpDTO.class, status = 201, summary = "为一人报名推介会的一个项目（projectId、personId，可选 signedUpOn）。Sign a person up for one of the fair's projects (projectId, personId, optional signedUpOn)")
    public Response signUp(@PathParam("id") String id, FairSignUpDTO signUp, @Context UriInfo uriInfo) {
        FairSignUpDTO created = fairs.signUp(Params.id(RECORD, id), Params.body(signUp));
        URI location = uriInfo.getBaseUriBuilder().path(FairResource.class).path("sign-ups")
                .path(String.valueOf(created.id)).build();
        return Response.created(location).entity(created).tag(Etags.of(created.version)).build();
    }

    @GET
    @Path("sign-ups/{id}")
    @ApiResponseType(value = FairSignUpDTO.class, summary = "读取一条项目报名。Get one sign-up", etag = true)
    public Response getSignUp(@PathParam("id") String id) {
        FairSignUpDTO signUp = fairs.getSignUp(Params.id(SIGN_UP, id));
        return Etags.ok(signUp, signUp.version);
    }
}
