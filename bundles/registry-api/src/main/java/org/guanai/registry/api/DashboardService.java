package org.guanai.registry.api;

import java.util.List;

import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.BulletinPeriod;

/**
 * What the web dashboard and the quarterly bulletin show beyond {@link StatsService}: the action lists and
 * bulletin sections of the registry and of every installed module ({@link org.guanai.registry.api.spi}),
 * gathered for the current caller.
 */
@org.osgi.annotation.versioning.ProviderType
public interface DashboardService {
    /** Most items per action list. */
    int MAX_ITEMS = 100;

    /**
     * Every list the caller may act on, the registry's first, then the modules' by module id.
     *
     * @param townshipCode one township, or null for all the caller sees
     * @param limit        items per list, 0 to {@link #MAX_ITEMS} (0: the totals only)
     */
    List<ActionListDTO> actionLists(String townshipCode, int limit);

    /** The quarterly bulletin for the period, as far as the caller sees. */
    BulletinDTO bulletin(BulletinPeriod period);
}
