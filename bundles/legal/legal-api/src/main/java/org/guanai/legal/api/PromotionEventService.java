package org.guanai.legal.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Legal promotion events, scoped to the caller's divisions; writes are validated and audited. Never deleted. */
@org.osgi.annotation.versioning.ProviderType
public interface PromotionEventService {
    /** Newest first. */
    Page<PromotionEventDTO> list(EventQuery query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException also for one outside the caller's divisions */
    PromotionEventDTO get(long id);

    PromotionEventDTO create(PromotionEventDTO event);

    PromotionEventDTO update(long id, long expectedVersion, PromotionEventDTO event);
}
