package org.guanai.registry.api;

import java.util.ArrayList;
import java.util.List;

/** A person's timeline, newest first, and the modules that could not answer (their entries are missing). */
public class TimelineDTO {
    public long personId;
    public List<TimelineEntryDTO> entries = new ArrayList<>();
    public List<String> unavailableModules = new ArrayList<>();
}
