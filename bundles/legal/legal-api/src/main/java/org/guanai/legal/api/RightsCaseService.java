package org.guanai.legal.api;

import java.io.IOException;
import java.io.Writer;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * Rights cases. A caller who is neither legal staff nor the case's handler finds none (not found, as if it did not
 * exist; a list leaves them out). Every read is audited ({@code legal-case.read}), every write too.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RightsCaseService {
    /** Newest first. */
    Page<RightsCaseDTO> list(CaseQuery query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException for a case the caller may not read */
    RightsCaseDTO get(long id);

    /** Intake: legal staff only. */
    RightsCaseDTO intake(RightsCaseDTO intake);

    /** Corrects the intake's fields: legal staff only, not once closed. */
    RightsCaseDTO update(long id, long expectedVersion, RightsCaseDTO intake);

    /** Adds a referral, follow-up or protective measure ({@link CaseStepDTO#kind}). */
    RightsCaseDTO addStep(long id, long expectedVersion, CaseStepDTO step);

    RightsCaseDTO close(long id, long expectedVersion, ClosureDTO closure);

    /** Open cases whose first response is overdue, and high-risk cases with no follow-up for the configured days. */
    Page<OverdueCaseDTO> overdue(String townshipCode, PageRequest page);

    /**
     * Writes the cases the caller reads as CSV (UTF-8 with BOM, header row), audited as {@code legal-case.export}.
     * Descriptions and notes only when {@code details} is asked by legal staff with a reason.
     *
     * @return the number of cases written
     */
    long export(CaseQuery query, boolean details, String reason, Writer out) throws IOException;
}
