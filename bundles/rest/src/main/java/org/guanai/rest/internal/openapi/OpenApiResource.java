package org.guanai.rest.internal.openapi;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Public;
import org.guanai.rest.internal.OpenPaths;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The OpenAPI document of what the whiteboard serves right now, so modules installed later
 * appear without a restart. The runtime DTO says which resource services are live; their
 * classes are read by {@link OpenApiDocument}. The document is rebuilt when that set changes.
 */
@Component(service = OpenApiResource.class)
@JaxrsName("guanai.openapi")
@GuanaiResource
@Path(OpenPaths.OPENAPI)
@Public
public class OpenApiResource {
    private final JaxrsServiceRuntime runtime;
    private final BundleContext context;
    private volatile Cached cached;

    @Activate
    public OpenApiResource(@Reference JaxrsServiceRuntime runtime, BundleContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponseType(summary = "本 OpenAPI 3.0 文档，列出此刻提供的全部接口（含已安装模块）。"
            + "This OpenAPI 3.0 document, listing every endpoint served now, installed modules included")
    public ObjectNode document() {
        Map<Long, String> live = LiveResources.of(runtime.getRuntimeDTO());
        Cached current = cached;
        if (current != null && current.resources.equals(live)) {
            return current.document;
        }
        ObjectNode document = OpenApiDocument.json(context.getBundle().getVersion().toString(),
                LiveResources.classes(context, live));
        cached = new Cached(live, document);
        return document;
    }

    private static final class Cached {
        final Map<Long, String> resources;
        final ObjectNode document;

        Cached(Map<Long, String> resources, ObjectNode document) {
            this.resources = resources;
            this.document = document;
        }
    }
}
