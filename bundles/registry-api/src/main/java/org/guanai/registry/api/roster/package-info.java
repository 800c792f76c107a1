/**
 * Bringing a county's roster (花名册) in and taking it out again: the column layout
 * ({@link org.guanai.registry.api.roster.RosterColumn}), the import job and its row-level report,
 * and the export filters. The layout is the contract between a county's spreadsheets, the import,
 * the export and the demo generator.
 */
@Export
@Version("1.2.0")
package org.guanai.registry.api.roster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
