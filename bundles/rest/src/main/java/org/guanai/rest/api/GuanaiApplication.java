package org.guanai.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Makes a module's {@code javax.ws.rs.core.Application} component a Guanai JAX-RS application: the module's
 * resources live in it, under {@code /api/v1/<module>}, so installing, updating or removing the module redeploys
 * that application alone and never interrupts the registry's endpoints. The Guanai extensions (authentication,
 * JSON, problem+json) bind to every application carrying this, and the application is not served without them.
 *
 * <pre>
 * &#64;Component(service = Application.class)
 * &#64;GuanaiApplication
 * &#64;JaxrsApplicationBase(HealthApplication.BASE)
 * &#64;JaxrsName(HealthApplication.NAME)
 * public class HealthApplication extends Application {
 *     static final String BASE = GuanaiRest.API + "/health";
 *     static final String NAME = "guanai.health";
 *     static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
 * }
 * </pre>
 *
 * The application declares no classes: its resources are whiteboard services that select it
 * ({@code @JaxrsApplicationSelect(HealthApplication.SELECT)} beside {@link GuanaiResource}).
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GuanaiApplication {

    /** The marker the Guanai extensions select applications by ({@link GuanaiRest#SELECT_APPLICATIONS}). */
    String guanai_application() default "true";

    /** Not served until the three Guanai extensions are there. */
    String[] osgi_jaxrs_extension_select() default {
        GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS};
}
