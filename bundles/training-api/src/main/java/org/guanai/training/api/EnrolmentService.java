package org.guanai.training.api;

import java.time.LocalDate;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Enrolment and certificates: a person's place in a class, kept to the caller's divisions by her village. */
@org.osgi.annotation.versioning.ProviderType
public interface EnrolmentService {
    Page<EnrolmentDTO> list(EnrolmentQuery query, PageRequest page);

    EnrolmentDTO get(long id);

    /** Enrols {@code personId} in {@code classId}: an active person the caller sees, once, within capacity. */
    EnrolmentDTO enrol(long classId, long personId, LocalDate enrolledOn);

    /** Issues her certificate (numbered by the module); refused unless she completed and the course gives one. */
    EnrolmentDTO issueCertificate(long id, long expectedVersion, LocalDate issuedOn);
}
