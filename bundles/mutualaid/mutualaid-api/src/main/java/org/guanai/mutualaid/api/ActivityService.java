package org.guanai.mutualaid.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Groups' activities, scoped by the group's divisions. */
@org.osgi.annotation.versioning.ProviderType
public interface ActivityService {
    /** Newest first. */
    Page<ActivityDTO> list(ActivityQuery query, PageRequest page);

    ActivityDTO get(long id);

    ActivityDTO create(ActivityDTO activity);

    ActivityDTO update(long id, long expectedVersion, ActivityDTO activity);
}
