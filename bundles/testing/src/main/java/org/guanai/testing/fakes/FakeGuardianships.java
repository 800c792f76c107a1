package org.guanai.testing.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;

/** An in-memory GuardianshipService: records by id, the alert list to answer, and the last alert township. */
public class FakeGuardianships implements GuardianshipService {
    public final Map<Long, GuardianshipDTO> records = new LinkedHashMap<>();
    public final List<PersonDTO> alerts = new ArrayList<>();
    public String lastAlertTownship;

    @Override
    public Page<GuardianshipDTO> list(GuardianshipQuery query, PageRequest page) {
        List<GuardianshipDTO> matching = records.values().stream()
                .filter(g -> query.childId == null || query.childId.equals(g.childId))
                .filter(g -> query.guardianId == null || query.guardianId.equals(g.guardianId))
                .filter(g -> query.status == null || query.status == g.status)
                .collect(Collectors.toList());
        return Pages.page(matching, page);
    }

    @Override
    public GuardianshipDTO get(long id) {
        GuardianshipDTO g = records.get(id);
        if (g == null) {
            throw new NotFoundException("Guardianship", id);
        }
        return g;
    }

    @Override
    public GuardianshipDTO create(GuardianshipDTO guardianship) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GuardianshipDTO update(long id, long expectedVersion, GuardianshipDTO guardianship) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GuardianshipDTO end(long id, long expectedVersion, EndRequest end) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<PersonDTO> childrenWithoutCapableGuardian(String townshipCode, PageRequest page) {
        lastAlertTownship = townshipCode;
        return Pages.page(alerts, page);
    }
}
