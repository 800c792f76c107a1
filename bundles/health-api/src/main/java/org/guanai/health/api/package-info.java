/**
 * The health-check module (健康检查): yearly screening campaigns, per-woman check records, the
 * due list, coverage by township, and health talks. Check results and findings are sensitive
 * health data: services return them only when the caller asks with {@code withResults} (which
 * the REST and console layers grant to health staff alone); otherwise a record shows that a
 * check happened and nothing of its outcome.
 */
@Export
@Version("2.1.0")
package org.guanai.health.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
