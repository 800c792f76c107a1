/**
 * The core registry of left-behind households, persons, guardianships, service sites,
 * teams, volunteers and service records: DTOs, one narrow service per aggregate, and the
 * exceptions those services throw. No JPA, JSON or JAX-RS here.
 */
@Export
@Version("1.1.0")
package org.guanai.registry.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
