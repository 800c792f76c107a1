package org.guanai.registry.api.roster;

import java.util.LinkedHashMap;
import java.util.Map;

import org.guanai.registry.api.CareCategory;

/** How to run an import. */
public class ImportOptions {
    /** Validate and report only; write nothing. The job's {@link ImportJobDTO#mapping} shows how columns were read. */
    public boolean dryRun;
    /**
     * Import rows reported as possible duplicates (same birth date, gender, township and a same or
     * similar name as another person) anyway, after a person has checked the report.
     */
    public boolean confirmDuplicates;
    /** The file's name, for the job and the report (the format is sniffed from the content). */
    public String fileName;
    /**
     * The care category of every person when no column says it (a children's roster has no 类别 column: its
     * rows are left-behind children). Null: the layout's (children's, women's, elderly roster), else a 类别 column.
     */
    public CareCategory category;
    /**
     * A layout to read the file with: a built-in one ({@code children}, {@code women}, {@code elderly},
     * {@code guardians}, {@code households}, {@code template}) or one saved with {@link #saveLayout}. Null: recognised
     * from the headers.
     */
    public String layout;
    /** Header → column overrides, e.g. {@code 联系方式 → phone} (a {@link RosterColumn} name, English or Chinese header). */
    public Map<String, String> mapping = new LinkedHashMap<>();
    /** Saves the mapping this import used (with its category) under this name, for {@link #layout} next time. */
    public String saveLayout;

    public ImportOptions() {
    }

    public ImportOptions(boolean dryRun, boolean confirmDuplicates, String fileName) {
        this.dryRun = dryRun;
        this.confirmDuplicates = confirmDuplicates;
        this.fileName = fileName;
    }
}
