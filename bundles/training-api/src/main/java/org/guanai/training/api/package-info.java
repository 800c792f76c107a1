/**
 * The skills-training module (技能培训): courses, classes (班次) run at a place, enrolment of registry persons,
 * attendance per class day, completion (attended hours against the course's required hours, computed, never
 * typed), certificates for those who completed, sign-in sheets (签到表) imported as a day's attendance, outcome
 * follow-ups 3 and 6 months after a class, entrepreneurship project fairs, and yearly reports.
 */
@Export
@Version("1.2.0")
package org.guanai.training.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
