/**
 * The ${rootArtifactId} module's API: DTOs and one service interface per aggregate. No JPA, JSON or JAX-RS here.
 */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
