package org.guanai.training.api;

import java.time.LocalDate;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Outcome follow-ups 3 and 6 months after a class, and the list of those due. */
@org.osgi.annotation.versioning.ProviderType
public interface FollowUpService {
    /** The follow-ups of an enrolment, or of a person's enrolments, or all the caller sees. */
    Page<OutcomeFollowUpDTO> list(Long enrolmentId, Long personId, PageRequest page);

    OutcomeFollowUpDTO get(long id);

    OutcomeFollowUpDTO record(OutcomeFollowUpDTO followUp);

    OutcomeFollowUpDTO update(long id, long expectedVersion, OutcomeFollowUpDTO followUp);

    /**
     * Follow-ups of completed trainees due by {@code asOf} (the class's end plus 3 or 6 months) and not recorded,
     * optionally of one township; oldest first.
     */
    Page<DueFollowUpDTO> due(LocalDate asOf, String townshipCode, PageRequest page);
}
