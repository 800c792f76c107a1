package org.guanai.health.console.completer;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.IdCandidates;

/** Ids of the first 100 active campaigns, each as "2026 两癌筛查 · 县妇幼保健院". */
@Service
public class CampaignIdCompleter extends IdCandidates {

    @Reference
    CampaignService campaigns;

    @Override
    protected Map<String, String> candidates(String typed) {
        CampaignQuery query = new CampaignQuery();
        query.status = Status.ACTIVE;
        return map(campaigns.list(query, PageRequest.first(100)).items, c -> c.id,
                c -> c.year + " " + Labels.label(c.kind) + " · " + c.providerName);
    }
}
