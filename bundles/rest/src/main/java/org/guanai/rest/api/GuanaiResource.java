package org.guanai.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Makes a DS component a Guanai REST resource: a JAX-RS whiteboard resource that is served only together with the
 * authentication ({@code guanai.auth}), JSON ({@code guanai.json}) and problem+json ({@code guanai.problems})
 * extensions, so it can never answer unauthenticated or with an HTML error. Put it beside
 * {@code @JaxrsApplicationSelect} naming the module's application (see {@link GuanaiApplication}):
 *
 * <pre>
 * &#64;Component(service = CampaignResource.class)
 * &#64;GuanaiResource
 * &#64;JaxrsApplicationSelect(HealthApplication.SELECT)
 * &#64;Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH})
 * &#64;Path("campaigns")
 * public class CampaignResource { … }
 * </pre>
 *
 * Do not add {@code @JSONRequired} or another {@code @JaxrsExtensionSelect}: both set the same property, and bnd
 * keeps only one, which would silently drop authentication.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GuanaiResource {

    /** {@code osgi.jaxrs.resource=true}. */
    String osgi_jaxrs_resource() default "true";

    /** The three extensions every Guanai resource needs. */
    String[] osgi_jaxrs_extension_select() default {
        GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS};
}
