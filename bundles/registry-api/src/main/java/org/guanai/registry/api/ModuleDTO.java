package org.guanai.registry.api;

/** An installed module as its descriptor describes it. */
public class ModuleDTO {
    public String id;
    public String nameZh;
    public String nameEn;
    public String version;
    /** What it does, in Chinese (as {@link #descriptionZh}). */
    public String description;
    public String descriptionZh;
    public String descriptionEn;
}
