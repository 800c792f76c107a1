package org.guanai.registry.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/** The county and its townships and villages. */
@org.osgi.annotation.versioning.ProviderType
public interface DivisionService {

    /** The configured county; throws {@link NotFoundException} while no county is configured. */
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
}
