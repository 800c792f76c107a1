/**
 * The joint meeting's API (联席会议): the member departments, the meetings, the matters raised at them with their
 * progress and completion, and the reports on them. DTOs and one service interface per aggregate. No JPA, JSON or
 * JAX-RS here.
 */
@Export
@Version("1.0.0")
package org.guanai.meeting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
