/**
 * The health module's REST resources under {@code /api/v1/health/}, one DS component per aggregate
 * (the screening reports get one per path root, so that no resource owns all of
 * {@code /api/v1/health}; the liveness probe {@code /api/v1/status} is elsewhere), published
 * through the Aries JAX-RS whiteboard. Private: this bundle exports nothing.
 *
 * <p>The resources live in the module's own JAX-RS application ({@link org.guanai.health.internal.rest.HealthApplication},
 * base {@code /api/v1/health}), so installing or removing the module never redeploys the registry's. Each is a
 * {@link org.guanai.rest.api.GuanaiResource} (served only with authentication, JSON and problem+json) that selects
 * that application. {@code ComponentDescriptorsIT} checks the built descriptors.
 *
 * <p>Every parameter a client can get wrong is taken as a String and converted by
 * the shared {@link org.guanai.rest.api.Params}. Outcomes of checks are health data: the services ask the registry's
 * {@code Visibility} who may read or write them, so REST and the console show the same user the same.
 *
 * <p>Authorization fails closed: every resource method carries {@link org.guanai.rest.api.Allow} (on
 * its class as the default, on a method where it differs) with {@link org.guanai.registry.api.Roles}
 * constants, never admin (always allowed). County, township and health staff read; legal staff see no
 * health records; only health staff record a check or read the overdue follow-ups (both also checked
 * inside, as a second line); the viewer sees coverage only. {@code ResourceContractTest} holds the
 * access table every endpoint must match.
 */
package org.guanai.health.internal.rest;
