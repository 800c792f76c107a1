package org.guanai.rest.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that says which resources the document covers: every resource service the whiteboard
 * serves right now, in whichever application (the default one at "/", or a module's own at its base), with
 * the class its service object has. Modules installed later are in it as soon as the whiteboard serves them.
 */
final class LiveResources {
    private static final Logger LOG = LoggerFactory.getLogger(LiveResources.class);

    private LiveResources() {
    }

    /** Service id to application base of every resource the whiteboard serves. */
    static Map<Long, String> of(RuntimeDTO dto) {
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

    /** The classes behind {@code live}; a service gone since the DTO was taken is left out. */
    static List<ApiResource> classes(BundleContext context, Map<Long, String> live) {
        List<ApiResource> resources = new ArrayList<>();
        live.forEach((serviceId, base) -> {
            Class<?> type = serviceClass(context, serviceId);
            if (type != null) {
                resources.add(new ApiResource(base, type));
            }
        });
        return resources;
    }

    private static Class<?> serviceClass(BundleContext context, long serviceId) {
        ServiceReference<?>[] refs;
        try {
            refs = context.getServiceReferences((String) null, "(service.id=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (refs == null || refs.length == 0) {
            return null;
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
}
