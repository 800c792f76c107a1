package org.guanai.mutualaid.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Group records, scoped to the caller's divisions; writes are validated and audited. */
@org.osgi.annotation.versioning.ProviderType
public interface GroupService {
    Page<GroupDTO> list(GroupQuery query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException also for one outside the caller's divisions */
    GroupDTO get(long id);

    GroupDTO create(GroupDTO record);

    GroupDTO update(long id, long expectedVersion, GroupDTO record);
}
