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
 * <p>Authorization fails closed: every resource method carries {@link org.guanai.rest.api.Allow}
 * (on its class as the default, on a method where it differs) with {@link org.guanai.registry.api.Roles}
 * constants, never admin (always allowed). Personal records are read by county, township, health and
 * legal staff and written by county and township staff; divisions, modules, indicators and stats are
 * also the viewer's. {@code ResourceContractTest} holds the access table every endpoint must match.
 *
 * <p>Resources hold no state and no business logic: every parameter a client can get wrong is
 * taken as a String and converted by {@link org.guanai.rest.api.Params} into a
 * ValidationException (bad query parameter, 400) or NotFoundException (bad path id, 404);
 * everything else is the services' to check.
 */
package org.guanai.registry.rest;
