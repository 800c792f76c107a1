package org.guanai.registry.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** The county and its townships and villages. */
@org.osgi.annotation.versioning.ProviderType
public interface DivisionService {

    /**
     * The county the registry serves; throws {@link NotFoundException} while none is set up (a fresh
     * installation: {@link #setUpCounty}, or {@code county.code} in the configuration).
     */
    DivisionDTO county();

    Optional<DivisionDTO> find(String code);

    /** @throws NotFoundException when the code is not one of the county's divisions */
    DivisionDTO get(String code);

    /** Townships of the county, or villages of a township; ordered by code. */
    List<DivisionDTO> children(String parentCode);

    /** Divisions whose name or code starts with the prefix (for completers and search). */
    List<DivisionDTO> search(String prefix, int limit);

    /**
     * Loads townships and villages from a county's CSV ({@code code,name[,parent_code]}, header
     * line optional). All lines are checked first; one bad line rejects the file, naming the line.
     * Existing divisions are updated by code, none is removed.
     *
     * @return number of divisions created or updated
     */
    int importCsv(Reader csv);

    /**
     * Sets the registry up for a county of the {@linkplain NationalDivisions national list}, by code or name
     * (430621, 岳阳县): the county and all its townships and villages, with their statistical codes. Run again,
     * it adds and renames what the list changed. Divisions the list lacks are removed when nothing is filed
     * under them (the sample county's, a county set up before), else kept and listed; villages added by hand
     * are kept. A registry that holds records of another county is not switched.
     *
     * @param dryRun report what would change, write nothing
     * @throws ValidationException on field {@code county}: unknown, ambiguous (the candidates listed), or
     *         another county than the one whose records the registry holds
     */
    CountySetupDTO setUpCounty(String codeOrName, boolean dryRun);

    /**
     * Sets a fresh registry up for a county that keeps its own list of townships and villages (a county the
     * national list does not have yet, the demo county): the county's code and name, and the CSV's divisions
     * as {@link #importCsv} reads them.
     *
     * @throws ValidationException on {@code county} when a county is set up already (then {@link #importCsv}
     *         adds divisions), or on the code or the file's lines
     */
    DivisionDTO setUpOwnCounty(String code, String name, Reader csv);

    /**
     * Adds a village (or community) the national list lacks to a township. Without a code, the next free code
     * of the township is used: 2xx-3xx for a village (…村), 0xx-1xx for a community (…社区, …居委会).
     *
     * @param township the township's code or name
     * @throws ValidationException naming {@code township}, {@code name} or {@code code}
     */
    DivisionDTO addVillage(String township, String name, String code);

    /**
     * The township a filter names, by its 9-digit code or its name; null for a blank value.
     *
     * @param field the parameter or option to name in the error, e.g. {@code township} or {@code --township}
     * @throws ValidationException on {@code field} when it is no township of the county
     */
    String townshipCode(String field, String codeOrName);

    /**
     * The village a filter names, by its 12-digit code, its name when unique in the county, or
     * {@code 乡镇/村} (荣家湾镇/城东村); null for a blank value.
     *
     * @throws ValidationException on {@code field} when it is no village of the county, or several are so named
     */
    String villageCode(String field, String codeOrName);
}
