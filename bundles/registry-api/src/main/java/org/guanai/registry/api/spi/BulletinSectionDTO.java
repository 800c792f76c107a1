package org.guanai.registry.api.spi;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.IndicatorDTO;

/** A module's part of the quarterly bulletin: a few figures, and tables where a list says more. */
public class BulletinSectionDTO {
    public String moduleId;
    public String titleZh;
    public String titleEn;
    public List<IndicatorDTO> figures = new ArrayList<>();
    public List<BulletinTableDTO> tables = new ArrayList<>();
    /** A sentence under the section (what the figures count), or null. */
    public String noteZh;
    public String noteEn;
}
