package org.guanai.registry.api;

import java.time.LocalDate;

/** One dated event in a person's life with the platform, from the registry or an optional module. */
public class TimelineEntryDTO {
    public LocalDate date;
    /** "registry" or the contributing module's id. */
    public String moduleId;
    /** A kind the module defines, e.g. "service-record", "health-check". */
    public String kind;
    public String title;
    public String detail;
    /** Where the full record lives, e.g. "/api/v1/service-records/12". */
    public String href;

    public TimelineEntryDTO() {
    }

    public TimelineEntryDTO(LocalDate date, String moduleId, String kind, String title, String detail, String href) {
        this.date = date;
        this.moduleId = moduleId;
        this.kind = kind;
        this.title = title;
        this.detail = detail;
        this.href = href;
    }
}
