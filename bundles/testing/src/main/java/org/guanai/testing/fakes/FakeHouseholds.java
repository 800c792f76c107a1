package org.guanai.testing.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;

/** An in-memory HouseholdService: records by id, the last create remembered, and a {@link #refusal}. */
public class FakeHouseholds implements HouseholdService {
    public final Map<Long, HouseholdDTO> records = new LinkedHashMap<>();
    public HouseholdDTO lastCreated;
    public Refusal refusal = Refusal.NONE;

    @Override
    public Page<HouseholdDTO> list(HouseholdQuery query, PageRequest page) {
        return Pages.page(new ArrayList<>(records.values()), page);
    }

    @Override
    public HouseholdDTO get(long id) {
        HouseholdDTO h = records.get(id);
        if (h == null) {
            throw new NotFoundException("Household", id);
        }
        return h;
    }

    @Override
    public HouseholdDTO create(HouseholdDTO household) {
        lastCreated = household;
        refusal.check();
        household.id = 10L + records.size();
        household.status = Status.ACTIVE;
        records.put(household.id, household);
        return household;
    }

    @Override
    public HouseholdDTO update(long id, long expectedVersion, HouseholdDTO household) {
        throw new UnsupportedOperationException();
    }

    @Override
    public HouseholdDTO end(long id, long expectedVersion, EndRequest end) {
        throw new UnsupportedOperationException();
    }
}
