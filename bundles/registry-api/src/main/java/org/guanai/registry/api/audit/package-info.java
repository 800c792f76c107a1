/**
 * The audit trail: who did what to which record, when, from where and with what outcome. Writes carry
 * their changed fields before and after, with ID numbers and phones masked in the trail itself. Rows are
 * appended and never changed; only the retention purge removes old ones, and it leaves a row of its own.
 *
 * <p>1.2.0: {@link org.guanai.registry.api.audit.AuditService#recordSoon}.
 */
@Export
@Version("1.2.0")
package org.guanai.registry.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
