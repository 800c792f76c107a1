/**
 * What REST resources of the registry and of optional modules share: ETag/If-Match handling
 * and the names of the whiteboard extensions every resource must select (so a resource is
 * never served without authentication and problem+json error mapping: fail closed).
 */
@Export
@Version("1.1.0")
package org.guanai.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
