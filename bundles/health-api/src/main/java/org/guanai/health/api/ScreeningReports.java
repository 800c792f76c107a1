package org.guanai.health.api;

import java.time.LocalDate;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** The lists and figures a campaign is run by. */
@org.osgi.annotation.versioning.ProviderType
public interface ScreeningReports {
    /** Active left-behind women with no check in the year, by township and village, ordered by village then name. */
    Page<DueWomanDTO> dueList(int year, String townshipCode, String villageCode, PageRequest page);

    /** Checks whose follow-up date is before {@code today} with no follow-up recorded, most overdue first. */
    Page<FollowUpDTO> overdueFollowUps(LocalDate today, String townshipCode, PageRequest page);

    /** Coverage per township and for the county in that year. */
    CoverageDTO coverage(int year);
}
