package org.guanai.training.api;

/** One line of a sign-in sheet that was not recorded, and why. */
public class SignInProblemDTO {
    /** The line in the file (1 is the first line, title rows counted). */
    public int line;
    /** The column at fault, in the reader's language (姓名 / name). */
    public String column;
    /** What is wrong, in the reader's language, naming the line. */
    public String problem;
    /** What is wrong as a stable code for programs (e.g. {@code signIn.notEnrolled}), the same in every language. */
    public String code;

    public SignInProblemDTO() {
    }

    public SignInProblemDTO(int line, String column, String problem) {
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public SignInProblemDTO(int line, String column, String problem, String code) {
        this(line, column, problem);
        this.code = code;
    }
}
