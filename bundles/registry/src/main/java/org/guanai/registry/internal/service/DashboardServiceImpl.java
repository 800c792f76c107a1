package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.guanai.registry.api.BulletinDTO;
import org.guanai.registry.api.DashboardService;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's action lists and the quarterly bulletin: the registry's own figures, and what every
 * installed module's {@link ActionListProvider} and {@link BulletinSectionProvider} contribute, as they come
 * and go. A provider that fails is left out (and logged), never the whole answer.
 */
@Component(service = DashboardService.class)
public class DashboardServiceImpl implements DashboardService {

    static final int TOP_DESTINATIONS = 10;
    static final int FIRST_YEAR = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServiceImpl.class);

    private final StatsService stats;
    private final DivisionService divisions;
    private final List<ActionListProvider> actionLists = new CopyOnWriteArrayList<>();
    private final List<BulletinSectionProvider> sections = new CopyOnWriteArrayList<>();
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public DashboardServiceImpl(@Reference(name = "stats") StatsService stats,
                                @Reference(name = "divisions") DivisionService divisions) {
        this.stats = stats;
        this.divisions = divisions;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addActionListProvider(ActionListProvider provider) {
        actionLists.add(provider);
    }

    void removeActionListProvider(ActionListProvider provider) {
        actionLists.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addBulletinSectionProvider(BulletinSectionProvider provider) {
        sections.add(provider);
    }

    void removeBulletinSectionProvider(BulletinSectionProvider provider) {
        sections.remove(provider);
    }

    /** For tests that pin "today". */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        if (limit < 0 || limit > MAX_ITEMS) {
            throw ValidationException.of("limit", text("dashboard.limit", MAX_ITEMS));
        }
        division(townshipCode);
        List<ActionListDTO> lists = new ArrayList<>();
        for (ActionListProvider provider : inModuleOrder(actionLists, ActionListProvider::moduleId)) {
            try {
                List<ActionListDTO> contributed = provider.actionLists(townshipCode, limit);
                if (contributed != null) {
                    for (ActionListDTO list : contributed) {
                        list.moduleId = provider.moduleId();
                        if (list.items.size() > limit) {
                            list.items = new ArrayList<>(list.items.subList(0, limit));
                        }
                        lists.add(list);
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Action list provider {} failed; its lists are left out", provider.getClass().getName(), e);
            }
        }
        return lists;
    }

    @Override
    public BulletinDTO bulletin(BulletinPeriod period) {
        LocalDate today = LocalDate.now(clock);
        if (period.year < FIRST_YEAR || period.from.isAfter(today)) {
            throw ValidationException.of("quarter", text("dashboard.quarterNotBegun", period.year, period.quarter));
        }
        BulletinDTO b = new BulletinDTO();
        b.year = period.year;
        b.quarter = period.quarter;
        b.from = period.from;
        b.to = period.to;
        DivisionDTO division = division(period.townshipCode);
        b.divisionCode = division.code;
        b.divisionName = division.name;
        b.countedOn = today;
        YearMonth last = YearMonth.from(period.to).isAfter(YearMonth.from(today)) ? YearMonth.from(today)
                : YearMonth.from(period.to);
        b.months = stats.monthly(period.townshipCode, YearMonth.from(period.from), last);
        b.townships = stats.byTownship();
        if (period.townshipCode == null) {
            b.today = stats.county();
        } else {
            b.townships.removeIf(row -> !row.townshipCode.equals(period.townshipCode));
            b.today = b.townships.isEmpty() ? empty(division) : b.townships.get(0);
        }
        List<org.guanai.registry.api.MigrantDestinationDTO> places = stats.migrantDestinations(period.townshipCode);
        b.destinations = new ArrayList<>(places.subList(0, Math.min(TOP_DESTINATIONS, places.size())));
        b.actionLists = actionLists(period.townshipCode, 0);
        for (BulletinSectionProvider provider : inModuleOrder(sections, BulletinSectionProvider::moduleId)) {
            try {
                BulletinSectionDTO section = provider.section(period);
                if (section != null) {
                    section.moduleId = provider.moduleId();
                    b.sections.add(section);
                }
            } catch (RuntimeException e) {
                LOG.warn("Bulletin section provider {} failed; its section is left out", provider.getClass().getName(), e);
                b.unavailableModules.add(provider.moduleId());
            }
        }
        return b;
    }

    /** The township, or the county for null; anything else is a validation error naming {@code township}. */
    private DivisionDTO division(String townshipCode) {
        DivisionDTO county = divisions.county();
        if (townshipCode == null) {
            return county;
        }
        return divisions.children(county.code).stream().filter(t -> t.code.equals(townshipCode)).findFirst()
                .orElseThrow(() -> ValidationException.of("township", text("stats.notTownship", townshipCode)));
    }

    private static TownshipStatsDTO empty(DivisionDTO township) {
        TownshipStatsDTO row = new TownshipStatsDTO();
        row.townshipCode = township.code;
        row.townshipName = township.name;
        return row;
    }

    /** The registry's first, then the modules' by id (a snapshot: providers may come and go meanwhile). */
    private static <P> List<P> inModuleOrder(List<P> providers, Function<P, String> moduleId) {
        List<P> ordered = new ArrayList<>(providers);
        ordered.sort(Comparator.comparing((P p) -> !ModuleServiceImpl.MODULE_ID.equals(moduleId.apply(p)))
                .thenComparing(moduleId, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
    }
}
