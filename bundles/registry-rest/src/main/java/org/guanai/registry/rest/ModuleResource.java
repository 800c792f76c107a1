package org.guanai.registry.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.ModuleService;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What is installed: the registry and the optional modules. */
@Component(service = ModuleResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {
    @Reference
    ModuleService modules;

    @GET
    @ApiResponseType(value = ModuleDTO.class, list = true, summary = "Installed modules, the registry first")
    public List<ModuleDTO> list() {
        return modules.modules();
    }
}
