package org.guanai.registry.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.DashboardService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The people a worker should act on, from the registry and every installed module: each list scoped to the
 * caller, naming only persons the caller may open. Not for the statistics role, which reads no person.
 */
@Component(service = ActionListResource.class)
@JaxrsResource
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/action-lists")
@Produces(MediaType.APPLICATION_JSON)
public class ActionListResource {
    static final int DEFAULT_ITEMS = 10;

    @Reference
    DashboardService dashboard;

    @GET
    @ApiResponseType(value = ActionListDTO.class, list = true,
            summary = "待办名单（无有效监护的儿童、应检查的妇女……）及其前几项。Action lists (children without a capable guardian, women due a check, …) with their first items")
    public List<ActionListDTO> list(@QueryParam("township") String township, @QueryParam("limit") String limit) {
        Integer items = Params.intParam("limit", limit, 0, DashboardService.MAX_ITEMS);
        return dashboard.actionLists(Params.text(township), items == null ? DEFAULT_ITEMS : items);
    }
}
