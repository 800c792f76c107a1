package org.guanai.registry.api.spi;

import java.util.ArrayList;
import java.util.List;

/** One action list: what it is, how many people are on it, and the first of them. */
public class ActionListDTO {
    public String moduleId;
    /** Stable within the module, e.g. {@code children-without-capable-guardian}. */
    public String id;
    public String titleZh;
    public String titleEn;
    /** What to do about the people on it, one sentence; may be null. */
    public String hintZh;
    public String hintEn;
    /** Everyone on the list, not only the items returned. */
    public long total;
    public List<ActionItemDTO> items = new ArrayList<>();

    public ActionListDTO() {
    }

    public ActionListDTO(String moduleId, String id, String titleZh, String titleEn) {
        this.moduleId = moduleId;
        this.id = id;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }
}
