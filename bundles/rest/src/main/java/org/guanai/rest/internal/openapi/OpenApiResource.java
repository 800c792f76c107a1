package org.guanai.rest.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAPI document of what the whiteboard serves right now, so modules installed later
 * appear without a restart. The runtime DTO says which resource services are live; their
 * classes are read by {@link OpenApiGenerator}. The document is rebuilt when that set changes.
 */
@Component(service = OpenApiResource.class)
@JaxrsName("guanai.openapi")
@GuanaiResource
@Path(OpenPaths.OPENAPI)
@Public
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final JaxrsServiceRuntime runtime;
    private final BundleContext context;
    private final OpenApiGenerator generator = new OpenApiGenerator();
    private volatile Cached cached;

    @Activate
    public OpenApiResource(@Reference JaxrsServiceRuntime runtime, BundleContext context) {
        this.runtime = runtime;
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponseType(summary = "This OpenAPI 3.0.3 document, listing every endpoint served now")
    public ObjectNode document() {
        Map<Long, String> live = liveResources(runtime.getRuntimeDTO());
        Cached current = cached;
        if (current != null && current.resources.equals(live)) {
            return current.document;
        }
        List<OpenApiGenerator.LiveResource> resources = new ArrayList<>();
        live.forEach((serviceId, base) -> {
            Class<?> type = serviceClass(serviceId);
            if (type != null) {
                resources.add(new OpenApiGenerator.LiveResource(base, type));
            }
        });
        ObjectNode document = generator.generate(context.getBundle().getVersion().toString(), resources);
        cached = new Cached(live, document);
        return document;
    }

    /** Service id to application base of every resource the whiteboard serves. */
    static Map<Long, String> liveResources(RuntimeDTO dto) {
        Map<Long, String> live = new TreeMap<>();
        List<ApplicationDTO> applications = new ArrayList<>();
        if (dto.defaultApplication != null) {
            applications.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            applications.addAll(List.of(dto.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            if (application.resourceDTOs == null) {
                continue;
            }
            String base = application.base == null ? "/" : application.base;
            for (ResourceDTO resource : application.resourceDTOs) {
                live.putIfAbsent(resource.serviceId, base);
            }
        }
        return live;
    }

    private Class<?> serviceClass(long serviceId) {
        ServiceReference<?>[] refs;
        try {
            refs = context.getServiceReferences((String) null, "(service.id=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null || refs.length == 0) {
            return null; // gone since the DTO was taken
        }
        return classOf(context.getServiceObjects(refs[0]));
    }

    /** Through ServiceObjects, so a prototype-scoped resource gets an instance of its own, released at once. */
    private static <S> Class<?> classOf(ServiceObjects<S> objects) {
        if (objects == null) {
            return null;
        }
        S service = objects.getService();
        if (service == null) {
            return null;
        }
        try {
            return service.getClass();
        } catch (RuntimeException e) {
            LOG.debug("Resource service left out of the OpenAPI document", e);
            return null;
        } finally {
            objects.ungetService(service);
        }
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
