package org.guanai.registry.api.roster;

/** How to run an import. */
public class ImportOptions {
    /** Validate and report only; write nothing. */
    public boolean dryRun;
    /**
     * Import rows reported as possible duplicates (same birth date, gender, township and a same or
     * similar name as another person) anyway, after a person has checked the report.
     */
    public boolean confirmDuplicates;
    /** The file's name, for the job and the report (the format is sniffed from the content). */
    public String fileName;

    public ImportOptions() {
    }

    public ImportOptions(boolean dryRun, boolean confirmDuplicates, String fileName) {
        this.dryRun = dryRun;
        this.confirmDuplicates = confirmDuplicates;
        this.fileName = fileName;
    }
}
