package org.guanai.registry.api;

/** Children's homes, women's homes and combined sites. */
@org.osgi.annotation.versioning.ProviderType
public interface ServiceSiteService {
    Page<ServiceSiteDTO> list(SiteQuery query, PageRequest page);

    ServiceSiteDTO get(long id);

    ServiceSiteDTO create(ServiceSiteDTO site);

    ServiceSiteDTO update(long id, long expectedVersion, ServiceSiteDTO site);

    /** Closes the site; its history stays. */
    ServiceSiteDTO end(long id, long expectedVersion, EndRequest end);
}
