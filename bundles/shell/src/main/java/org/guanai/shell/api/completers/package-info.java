/**
 * Completers every module's commands use ({@code @Completion(TownshipCompleter.class)}): division codes by level,
 * and ids of persons, women, households and service sites, each with a name. Registered with the shell by this
 * bundle ({@code Karaf-Commands}); a module adds only completers of its own records.
 */
@Export
@Version("1.0.0")
package org.guanai.shell.api.completers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
