package org.guanai.mutualaid.api;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Who is in which group, scoped by the group's divisions. */
@org.osgi.annotation.versioning.ProviderType
public interface MembershipService {
    Page<MembershipDTO> list(MembershipQuery query, PageRequest page);

    MembershipDTO get(long id);

    /** Adds a member to an active group; refused for an ended group, a member already in it, a day before it was founded. */
    MembershipDTO join(MembershipDTO membership);

    /** Changes the role, the joining day or the notes. */
    MembershipDTO update(long id, long expectedVersion, MembershipDTO membership);

    /** The member leaves on the given day (today by default). */
    MembershipDTO leave(long id, long expectedVersion, EndRequest leave);
}
