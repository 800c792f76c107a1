package org.guanai.legal.api;

/** One line of a breakdown: a value (an enum's name), its labels and its count; null when suppressed as a small cell. */
public class CountDTO {
    public String key;
    public String labelZh;
    public String labelEn;
    public Long count;

    public CountDTO() {
    }

    public CountDTO(String key, String labelZh, String labelEn, Long count) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.count = count;
    }
}
