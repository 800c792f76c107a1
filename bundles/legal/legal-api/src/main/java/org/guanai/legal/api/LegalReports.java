package org.guanai.legal.api;

import java.time.LocalDate;
import java.util.List;

/** The module's reports, for the current caller: events as far as their divisions go, cases as totals only. */
@org.osgi.annotation.versioning.ProviderType
public interface LegalReports {
    /** Events, people reached and materials per township and month of {@code year} (one township when given). */
    List<EventReportRowDTO> events(int year, String townshipCode);

    /** Cases received from {@code from} to {@code to}, for the county or one township. */
    CaseReportDTO cases(LocalDate from, LocalDate to, String townshipCode);
}
