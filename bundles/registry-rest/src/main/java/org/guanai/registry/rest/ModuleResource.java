package org.guanai.registry.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.Message;
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
    @ApiResponseType(value = ModuleDTO.class, list = true, summary = "已安装的模块，登记模块在前。Installed modules, the registry first")
    public List<ModuleDTO> list(@Context HttpHeaders headers) {
        // each description in the language Accept-Language asks for (descriptionZh and descriptionEn stay beside it)
        boolean english = Message.ENGLISH.equals(Message.choose(headers == null ? null : headers.getAcceptableLanguages()));
        List<ModuleDTO> list = modules.modules();
        list.forEach(m -> m.description = english ? m.descriptionEn : m.descriptionZh);
        return list;
    }
}
