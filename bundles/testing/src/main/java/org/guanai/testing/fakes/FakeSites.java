package org.guanai.testing.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;

/** An in-memory ServiceSiteService: active sites by id, with the gets counted. */
public class FakeSites implements ServiceSiteService {
    public final Map<Long, ServiceSiteDTO> records = new LinkedHashMap<>();
    public int gets;

    public FakeSites add(long id, String name) {
        ServiceSiteDTO s = new ServiceSiteDTO();
        s.id = id;
        s.name = name;
        s.status = Status.ACTIVE;
        records.put(id, s);
        return this;
    }

    @Override
    public Page<ServiceSiteDTO> list(SiteQuery query, PageRequest page) {
        return Pages.page(new ArrayList<>(records.values()), page);
    }

    @Override
    public ServiceSiteDTO get(long id) {
        gets++;
        ServiceSiteDTO s = records.get(id);
        if (s == null) {
            throw new NotFoundException("Site", id);
        }
        return s;
    }

    @Override
    public ServiceSiteDTO create(ServiceSiteDTO site) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ServiceSiteDTO update(long id, long expectedVersion, ServiceSiteDTO site) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ServiceSiteDTO end(long id, long expectedVersion, EndRequest end) {
        throw new UnsupportedOperationException();
    }
}
