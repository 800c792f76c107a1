package org.guanai.training.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a sign-in sheet import did: the lines read, the persons recorded present, and every line refused. */
public class SignInReportDTO {
    public Long classId;
    public LocalDate day;
    public boolean dryRun;
    /** Data lines read (after the title and header rows, blank lines left out). */
    public int lines;
    /** Persons recorded present (or, in a dry run, who would be). */
    public int present;
    /** Lines of persons marked absent (an empty signature cell). */
    public int absent;
    public List<SignInProblemDTO> problems = new ArrayList<>();
}
