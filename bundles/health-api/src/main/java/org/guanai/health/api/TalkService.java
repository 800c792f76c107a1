package org.guanai.health.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Health talks. */
@org.osgi.annotation.versioning.ProviderType
public interface TalkService {
    Page<TalkDTO> list(TalkQuery query, PageRequest page);

    TalkDTO get(long id);

    TalkDTO create(TalkDTO talk);

    TalkDTO update(long id, long expectedVersion, TalkDTO talk);
}
