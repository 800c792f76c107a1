package org.guanai.registry.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A person's timeline, newest first, and the modules that could not answer (their entries are missing). */
public class TimelineDTO {
    public long personId;
    public List<TimelineEntryDTO> entries = new ArrayList<>();
    public List<String> unavailableModules = new ArrayList<>();

    /**
     * Sets each entry's {@link TimelineEntryDTO#title} to the one in {@code locale}'s language (Chinese unless
     * English is asked for); returns this timeline. Since 1.3.
     */
    public TimelineDTO in(Locale locale) {
        entries.forEach(e -> e.in(locale));
        return this;
    }
}
