package org.guanai.shell.api.completers;

import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.IdCandidates;

/** Ids of the first 100 active service sites, each with the site's name. */
@Service
public class SiteIdCompleter extends IdCandidates {

    @Reference
    ServiceSiteService sites;

    @Override
    protected Map<String, String> candidates(String typed) {
        SiteQuery query = new SiteQuery();
        query.status = Status.ACTIVE;
        return map(sites.list(query, PageRequest.first(100)).items, s -> s.id, s -> s.name);
    }
}
