package org.guanai.registry.api;

/** Services delivered to persons. Records are facts: they are corrected, not ended. */
@org.osgi.annotation.versioning.ProviderType
public interface ServiceRecordService {
    Page<ServiceRecordDTO> list(ServiceRecordQuery query, PageRequest page);

    ServiceRecordDTO get(long id);

    ServiceRecordDTO create(ServiceRecordDTO record);

    ServiceRecordDTO update(long id, long expectedVersion, ServiceRecordDTO record);
}
