package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.ModuleService;
import org.guanai.registry.api.StatsService;
import org.guanai.registry.api.TownshipStatsDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.guanai.registry.api.spi.ModuleDescriptor;
import org.guanai.registry.internal.security.InstalledModules;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The registry and the installed modules, as their descriptors and indicator providers come and go. */
@Component(service = ModuleService.class)
public class ModuleServiceImpl implements ModuleService {

    static final String MODULE_ID = "registry";
    static final String INDICATOR = "indicator.";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleServiceImpl.class);

    private final String version;
    private final StatsService stats;
    private final InstalledModules installed;
    private final List<IndicatorProvider> indicatorProviders = new CopyOnWriteArrayList<>();

    @Activate
    public ModuleServiceImpl(BundleContext context, @Reference(name = "stats") StatsService stats,
                             @Reference(name = "modules") InstalledModules installed) {
        this(context.getBundle().getVersion().toString(), stats, installed);
    }

    ModuleServiceImpl(String version, StatsService stats, InstalledModules installed) {
        this.version = version;
        this.stats = stats;
        this.installed = installed;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addIndicatorProvider(IndicatorProvider provider) {
        indicatorProviders.add(provider);
    }

    void removeIndicatorProvider(IndicatorProvider provider) {
        indicatorProviders.remove(provider);
    }

    @Override
    public List<ModuleDTO> modules() {
        List<ModuleDTO> modules = new ArrayList<>();
        modules.add(module(MODULE_ID, NameText.zh("module.registry"), NameText.en("module.registry"), version,
                NameText.zh("module.registry.description"), NameText.en("module.registry.description")));
        List<ModuleDTO> others = new ArrayList<>();
        for (ModuleDescriptor d : installed.descriptors()) {
            try {
                others.add(module(d.id(), d.nameZh(), d.nameEn(), d.version(), d.descriptionZh(), d.descriptionEn()));
            } catch (RuntimeException e) {
                LOG.warn("Module descriptor {} failed", d.getClass().getName(), e);
            }
        }
        others.sort(Comparator.comparing(m -> m.id, Comparator.nullsLast(Comparator.naturalOrder())));
        modules.addAll(others);
        return modules;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        List<IndicatorDTO> indicators = new ArrayList<>(registryIndicators(townshipCode));
        for (IndicatorProvider provider : indicatorProviders) {
            try {
                List<IndicatorDTO> contributed = provider.indicators(townshipCode);
                if (contributed != null) {
                    indicators.addAll(contributed);
                }
            } catch (RuntimeException e) {
                LOG.warn("Indicator provider {} failed; its indicators are left out", provider.getClass().getName(), e);
            }
        }
        return indicators;
    }

    private List<IndicatorDTO> registryIndicators(String townshipCode) {
        TownshipStatsDTO s = townshipCode == null ? stats.county() : stats.byTownship().stream()
                .filter(row -> row.townshipCode.equals(townshipCode))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("townshipCode",
                        text("stats.notTownship", townshipCode)));
        return List.of(
                indicator("active-women", s.women, "persons"),
                indicator("active-children", s.children, "persons"),
                indicator("active-elderly", s.elderly, "persons"),
                indicator("active-households", s.households, "households"),
                indicator("active-sites", s.sites, "sites"),
                indicator("children-without-capable-guardian", s.childrenWithoutCapableGuardian, "persons"));
    }

    /** An indicator named by {@code indicator.<id>} in {@link NameText}'s bundle, in both languages. */
    private static IndicatorDTO indicator(String id, long value, String unit) {
        return new IndicatorDTO(MODULE_ID, id, NameText.zh(INDICATOR + id), NameText.en(INDICATOR + id), value, unit);
    }

    private static ModuleDTO module(String id, String zh, String en, String version, String descriptionZh,
                                    String descriptionEn) {
        ModuleDTO m = new ModuleDTO();
        m.id = id;
        m.nameZh = zh;
        m.nameEn = en;
        m.version = version;
        m.description = descriptionZh;
        m.descriptionZh = descriptionZh;
        m.descriptionEn = descriptionEn;
        return m;
    }
}
