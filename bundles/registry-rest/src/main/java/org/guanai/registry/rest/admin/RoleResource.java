package org.guanai.registry.rest.admin;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.RoleDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The roles an administrator can give: the registry's, then those the installed modules bring. */
@Component(service = RoleResource.class)
@GuanaiResource
@Allow(Roles.ADMIN)
@Path(GuanaiRest.API + "/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    @Reference
    UserAccessService access;

    @GET
    @ApiResponseType(value = RoleDTO.class, list = true, summary = "列出角色，含已安装模块的角色。List the roles, the installed modules' included")
    public List<RoleDTO> list() {
        return access.roles();
    }
}
