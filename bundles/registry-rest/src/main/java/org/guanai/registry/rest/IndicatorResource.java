package org.guanai.registry.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ModuleService;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Dashboard figures of the registry and every installed module. */
@Component(service = IndicatorResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    @Reference
    DivisionService divisions;

    @Reference
    ModuleService modules;

    @GET
    @ApiResponseType(value = IndicatorDTO.class, list = true,
            summary = "全县或某乡镇的看板指标。Dashboard indicators for the county, or for one township")
    public List<IndicatorDTO> list(@QueryParam("township") String township) {
        return modules.indicators(divisions.townshipCode("township", township));
    }
}
