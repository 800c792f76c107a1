package org.guanai.registry.api;

/** One dashboard figure, e.g. "health check coverage this year: 63.5 %". */
public class IndicatorDTO {
    public String moduleId;
    public String id;
    public String labelZh;
    public String labelEn;
    public double value;
    /** e.g. "persons", "%"; may be null. */
    public String unit;

    public IndicatorDTO() {
    }

    public IndicatorDTO(String moduleId, String id, String labelZh, String labelEn, double value, String unit) {
        this.moduleId = moduleId;
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.value = value;
        this.unit = unit;
    }
}
