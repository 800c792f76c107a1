/**
 * The core registry of left-behind households, persons, guardianships, service sites,
 * teams, volunteers and service records: DTOs, one narrow service per aggregate, and the
 * exceptions those services throw. No JPA, JSON or JAX-RS here.
 *
 * <p>1.1.0: {@link org.guanai.registry.api.DashboardService}, {@link org.guanai.registry.api.BulletinDTO}, and
 * {@link org.guanai.registry.api.StatsService}'s migrant destinations and monthly figures.
 * 1.2.0: {@link org.guanai.registry.api.PersonDirectory#summaries} and {@link org.guanai.registry.api.PersonSummaryDTO}.
 * 1.3.0: a timeline entry's title and detail in both languages ({@link org.guanai.registry.api.TimelineEntryDTO#titleZh},
 * {@code titleEn}, {@code detailZh}, {@code detailEn}, the {@code Message} constructor,
 * {@link org.guanai.registry.api.TimelineEntryDTO#detail(Message)}) and {@link org.guanai.registry.api.TimelineDTO#in}.
 */
@Export
@Version("1.3.0")
package org.guanai.registry.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
