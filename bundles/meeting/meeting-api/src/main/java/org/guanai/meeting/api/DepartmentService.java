package org.guanai.meeting.api;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;

/** The joint meeting's member departments; writes are validated and audited. */
@org.osgi.annotation.versioning.ProviderType
public interface DepartmentService {
    /** @param status null for all, else active or ended ones */
    Page<DepartmentDTO> list(Status status, PageRequest page);

    DepartmentDTO get(long id);

    DepartmentDTO create(DepartmentDTO department);

    DepartmentDTO update(long id, long expectedVersion, DepartmentDTO department);

    /** The department leaves the joint meeting; its matters stay assigned to it. */
    DepartmentDTO end(long id, long expectedVersion, EndRequest end);
}
