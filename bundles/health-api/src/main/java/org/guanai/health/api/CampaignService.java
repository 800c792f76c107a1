package org.guanai.health.api;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Screening campaigns. */
@org.osgi.annotation.versioning.ProviderType
public interface CampaignService {
    Page<CampaignDTO> list(CampaignQuery query, PageRequest page);

    CampaignDTO get(long id);

    CampaignDTO create(CampaignDTO campaign);

    CampaignDTO update(long id, long expectedVersion, CampaignDTO campaign);

    /** Closes the campaign; its checks stay. */
    CampaignDTO end(long id, long expectedVersion, EndRequest end);
}
