package org.guanai.registry.api;

import java.util.List;

/** What is installed: the modules' descriptors and their dashboard indicators. */
@org.osgi.annotation.versioning.ProviderType
public interface ModuleService {
    /** The registry itself first, then installed modules by id. */
    List<ModuleDTO> modules();

    /** Indicators of the registry and every installed module, for the county or one township. */
    List<IndicatorDTO> indicators(String townshipCode);
}
