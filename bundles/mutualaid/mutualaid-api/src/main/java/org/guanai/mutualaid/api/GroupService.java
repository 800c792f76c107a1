package org.guanai.mutualaid.api;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Mutual-aid groups, scoped to the caller's divisions; writes are validated and audited. */
@org.osgi.annotation.versioning.ProviderType
public interface GroupService {
    Page<GroupDTO> list(GroupQuery query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException also for one outside the caller's divisions */
    GroupDTO get(long id);

    GroupDTO create(GroupDTO group);

    GroupDTO update(long id, long expectedVersion, GroupDTO group);

    /** Ends the group (its members stay listed as they were); the record and its activities are kept. */
    GroupDTO end(long id, long expectedVersion, EndRequest end);
}
