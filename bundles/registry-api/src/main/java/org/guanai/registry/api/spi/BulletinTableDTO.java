package org.guanai.registry.api.spi;

import java.util.ArrayList;
import java.util.List;

/** A table in a bulletin section: column headings in both languages and rows of text, already formatted. */
public class BulletinTableDTO {
    public String titleZh;
    public String titleEn;
    public List<String> columnsZh = new ArrayList<>();
    public List<String> columnsEn = new ArrayList<>();
    /** Each row has one cell per column. */
    public List<List<String>> rows = new ArrayList<>();
}
