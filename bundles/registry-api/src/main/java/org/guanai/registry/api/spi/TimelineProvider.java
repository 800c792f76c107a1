package org.guanai.registry.api.spi;

import java.util.List;

import org.guanai.registry.api.TimelineEntryDTO;

/**
 * Contributes a person's entries to the registry's timeline (e.g. the health module's checks).
 * Called on every timeline read, so answer from an index on the person id. A provider that
 * throws is skipped and named in the timeline's unavailable modules.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface TimelineProvider {
    /** The contributing module's id. */
    String moduleId();

    List<TimelineEntryDTO> entriesFor(long personId);
}
