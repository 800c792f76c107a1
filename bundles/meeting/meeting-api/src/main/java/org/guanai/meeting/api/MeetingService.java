package org.guanai.meeting.api;

import java.time.LocalDate;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** The joint meeting's sittings, county records seen by all its readers; writes are validated and audited. */
@org.osgi.annotation.versioning.ProviderType
public interface MeetingService {
    /** Latest first; {@code from}/{@code to} (inclusive) may be null. */
    Page<MeetingDTO> list(LocalDate from, LocalDate to, PageRequest page);

    MeetingDTO get(long id);

    MeetingDTO create(MeetingDTO meeting);

    MeetingDTO update(long id, long expectedVersion, MeetingDTO meeting);
}
