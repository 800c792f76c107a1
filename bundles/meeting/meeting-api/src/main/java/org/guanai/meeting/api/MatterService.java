package org.guanai.meeting.api;

import java.util.List;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * Matters raised at the joint meeting. A caller sees the matters about their divisions and the county-wide ones;
 * writes are validated and audited, and refused with the field named when a rule forbids them.
 */
@org.osgi.annotation.versioning.ProviderType
public interface MatterService {
    /** Ordered by due day, then id. */
    Page<MatterDTO> list(MatterQuery query, PageRequest page);

    /** @throws org.guanai.registry.api.NotFoundException also for one outside the caller's divisions */
    MatterDTO get(long id);

    MatterDTO create(MatterDTO matter);

    /** Corrects an open matter; a done one is kept as it was closed. */
    MatterDTO update(long id, long expectedVersion, MatterDTO matter);

    MatterDTO done(long id, long expectedVersion, DoneRequest done);

    /** Adds a progress note to the open matter {@code progress.matterId}. */
    ProgressDTO addProgress(ProgressDTO progress);

    /** One progress note, if the caller sees its matter. */
    ProgressDTO progressNote(long id);

    /** The matter's progress notes, oldest first. */
    List<ProgressDTO> progress(long matterId);
}
