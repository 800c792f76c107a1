package org.guanai.registry.api.spi;

import java.util.List;

import org.guanai.registry.api.IndicatorDTO;

/** Contributes dashboard indicators (e.g. health check coverage this year). */
@org.osgi.annotation.versioning.ConsumerType
public interface IndicatorProvider {
    String moduleId();

    /** @param townshipCode one township, or null for the whole county */
    List<IndicatorDTO> indicators(String townshipCode);
}
