package org.guanai.registry.rest.admin;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.registry.rest.RegistryRestText;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Users' roles and divisions, for administrators only. A change applies to the user's next request.
 * Users themselves (and passwords) are created at the console ({@code jaas:} commands, see README).
 */
@Component(service = UserResource.class)
@GuanaiResource
@Allow(Roles.ADMIN)
@Path(GuanaiRest.API + "/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Reference
    UserAccessService access;

    @GET
    @ApiResponseType(value = UserAccessDTO.class, list = true, summary = "列出用户及其角色和区划。List users with their roles and divisions")
    public List<UserAccessDTO> list() {
        return access.users();
    }

    @GET
    @Path("{name}/divisions")
    @ApiResponseType(value = UserAccessDTO.class, summary = "用户的角色和分配的区划。A user's roles and assigned divisions")
    public UserAccessDTO divisions(@Parameter(description = "登录名。Login name.")
                                   @PathParam("name") String name) {
        return access.user(name);
    }

    @PUT
    @Path("{name}/divisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = UserAccessDTO.class,
            summary = "替换用户的区划；[] 清空。Replace a user's divisions: {\"divisions\": [township or village codes]}; [] clears them")
    public UserAccessDTO setDivisions(@Parameter(description = "登录名。Login name.")
                                      @PathParam("name") String name, UserAccessDTO body) {
        UserAccessDTO given = Params.body(body);
        if (given.divisions == null) {
            throw ValidationException.of("divisions", RegistryRestText.text("user.divisionsRequired"));
        }
        return access.setDivisions(name, given.divisions);
    }

    @PUT
    @Path("{name}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = UserAccessDTO.class,
            summary = "替换用户的关爱平台角色。Replace a user's Guanai roles: {\"roles\": [\"township\", \"health\"]}")
    public UserAccessDTO setRoles(@Parameter(description = "登录名。Login name.")
                                  @PathParam("name") String name, UserAccessDTO body) {
        UserAccessDTO given = Params.body(body);
        if (given.roles == null) {
            throw ValidationException.of("roles", RegistryRestText.text("user.rolesRequired"));
        }
        return access.setRoles(name, given.roles);
    }
}
