/**
 * The legal module's API (法律宣传与维权): legal promotion events (送法下乡 …) and rights cases (维权案件) from the 12338
 * hotline and other channels, with their referrals, follow-ups, protective measures and closure; deadlines and
 * reports. DTOs and one service interface per aggregate. No JPA, JSON or JAX-RS here.
 */
@Export
@Version("1.0.0")
package org.guanai.legal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
