package org.guanai.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles (see {@code org.guanai.registry.api.Roles}) that may call a resource method, on the
 * method or its class (the method's wins; a method without one inherits the rule of the interface
 * or superclass method it implements, as JAX-RS annotations are inherited). {@code admin} is always
 * allowed. Authorization fails closed: a resource method with neither {@code @Allow} nor
 * {@link Public} is refused (403) for everyone, admin included, so an endpoint that forgets its
 * rule cannot leak. The OpenAPI document lists the roles of every operation as {@code x-guanai-roles}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {
    String[] value();
}
