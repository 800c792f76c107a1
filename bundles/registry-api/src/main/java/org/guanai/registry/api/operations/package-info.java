/**
 * Operating the platform: whether it is ready to serve (the data home, the database, the registry's and each
 * module's schema), the schema migration lock, and backups of the whole database. For administrators and
 * monitoring; the REST and console entry points check who may call them, these services do not.
 */
@Export
@Version("1.1.0")
package org.guanai.registry.api.operations;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
