package org.guanai.legal.console.support;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.shell.api.Console;

/** Runs a command of the scope: as {@link Console#run}, and a refusal of the caller's role is a plain message too. */
public final class Legal {

    private Legal() {
    }

    public static Object run(String thing, Console.Body body) throws Exception {
        return Console.run(thing, () -> {
            try {
                body.run();
            } catch (AccessRefusedException e) {
                System.err.println(e.getMessage(Console.language()));
            }
        });
    }
}
