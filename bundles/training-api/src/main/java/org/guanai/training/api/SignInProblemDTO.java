package org.guanai.training.api;

/** One line of a sign-in sheet that was not recorded, and why. */
public class SignInProblemDTO {
    /** The line in the file (1 is the first line, title rows counted). */
    public int line;
    public String column;
    public String problem;

    public SignInProblemDTO() {
    }

    public SignInProblemDTO(int line, String column, String problem) {
        this.line = line;
        this.column = column;
        this.problem = problem;
    }
}
