/**
 * The registry's REST resources under {@code /api/v1}, one DS component per aggregate, published
 * through the Aries JAX-RS whiteboard. Private: this bundle exports nothing.
 *
 * <p>Each resource selects the auth filter, JSON provider and problem+json mappers by name
 * ({@code @JaxrsExtensionSelect}), so it is not served until all three are present (fail
 * closed). The resources deliberately do not carry {@code @JSONRequired}: it sets the same
 * {@code osgi.jaxrs.extension.select} property, and bnd keeps only the last annotation's value,
 * so placed after the select it would silently drop the auth and problem filters (the
 * resource would be served without authentication). The named JSON selection already covers
 * it. {@code ComponentDescriptorsIT} checks the built descriptors.
 *
 * <p>Resources hold no state and no business logic: every parameter a client can get wrong is
 * taken as a String and converted by {@link org.guanai.rest.api.Params} into a
 * ValidationException (bad query parameter, 400) or NotFoundException (bad path id, 404);
 * everything else is the services' to check.
 */
package org.guanai.registry.rest;
