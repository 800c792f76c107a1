package org.guanai.passwords;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Used by bin/guanai-user-add: {@code java -cp ... org.guanai.passwords.PasswordTool USER} reads the password
 * from the environment variable {@code GUANAI_PASSWORD}, or else the first line of standard input, checks
 * it against {@link PasswordPolicy} and prints its {@link PasswordHasher hash}. Exit status 2 with a
 * message naming the problem when the password is not acceptable; the password itself is never printed.
 */
public final class PasswordTool {

    private PasswordTool() {
    }

    public static void main(String[] args) throws Exception {
        String fromEnv = System.getenv("GUANAI_PASSWORD");
        String password = fromEnv != null && !fromEnv.isEmpty() ? fromEnv : firstLine();
        System.exit(run(args, password, System.out, System.err));
    }

    static int run(String[] args, String password, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: PasswordTool USER  (password in GUANAI_PASSWORD or on standard input)");
            return 2;
        }
        Optional<String> problem = PasswordPolicy.problem(args[0], password);
        if (problem.isPresent()) {
            err.println("password: " + problem.get());
            return 2;
        }
        out.println(new PasswordHasher().hash(password));
        return 0;
    }

    private static String firstLine() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
    }
}
