package org.guanai.training.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * Entrepreneurship project fairs (创业项目推介会) and who signed up for their projects. Fairs are kept to the
 * townships of the caller's divisions as classes are; sign-ups to the persons the caller sees.
 */
@org.osgi.annotation.versioning.ProviderType
public interface FairService {
    Page<FairDTO> list(FairQuery query, PageRequest page);

    FairDTO get(long id);

    FairDTO create(FairDTO fair);

    /** Replaces the fair; projects are matched by id, and one with sign-ups cannot be left out. */
    FairDTO update(long id, long expectedVersion, FairDTO fair);

    /** Signs a person up for one of the fair's projects, once; {@code signedUpOn} defaults to the fair's day. */
    FairSignUpDTO signUp(long fairId, FairSignUpDTO signUp);

    /** One sign-up of a person the caller sees. */
    FairSignUpDTO getSignUp(long id);

    /** A fair's sign-ups (fairId) or a person's (personId), of the persons the caller sees. */
    Page<FairSignUpDTO> signUps(Long fairId, Long personId, PageRequest page);
}
