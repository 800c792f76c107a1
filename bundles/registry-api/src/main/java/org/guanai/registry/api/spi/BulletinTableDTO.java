package org.guanai.registry.api.spi;

import java.util.ArrayList;
import java.util.List;

/** A table in a bulletin section: column headings in both languages and rows of text, already formatted. */
public class BulletinTableDTO {
    public String titleZh;
    public String titleEn;
    public List<String> columnsZh = new ArrayList<>();
    public List<String> columnsEn = new ArrayList<>();
    /** Each row has one cell per column; in Chinese where a cell is a word of the module's. */
    public List<List<String>> rows = new ArrayList<>();
    /**
     * The same rows in English, for a table whose cells are words of the module's (a matter's state); empty when
     * {@link #rows} read the same in both languages. Since 1.2.
     */
    public List<List<String>> rowsEn = new ArrayList<>();
}
