package ${package}.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** ${aggregate} records, scoped to the caller's divisions; writes are validated and audited. */
@org.osgi.annotation.versioning.ProviderType
public interface ${aggregate}Service {
    Page<${aggregate}DTO> list(${aggregate}Query query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException also for one outside the caller's divisions */
    ${aggregate}DTO get(long id);

    ${aggregate}DTO create(${aggregate}DTO record);

    ${aggregate}DTO update(long id, long expectedVersion, ${aggregate}DTO record);
}
