package org.guanai.shell.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Base of the completers: values with a description (an id and a name, a code and
 * a division's name). Plain completion goes through {@link StringsCompleter}; the shell's
 * candidate completion shows the description beside each value.
 */
public abstract class IdCandidates implements Completer {

    /** Value → description, in the order to offer them; read when the user presses TAB. */
    protected abstract Map<String, String> candidates(String typed);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(safely(() -> candidates(typed(commandLine))).keySet())
                .complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        Map<String, String> values = safely(() -> candidates(typed(commandLine)));
        for (Map.Entry<String, String> value : values.entrySet()) {
            candidates.add(new Candidate(value.getKey(), value.getKey(), null, value.getValue(), null, null, true));
        }
    }

    private static String typed(CommandLine commandLine) {
        String argument = commandLine.getCursorArgument();
        if (argument == null) {
            return "";
        }
        return argument.substring(0, Math.min(argument.length(), Math.max(0, commandLine.getArgumentPosition())));
    }

    /** Completion must never break the console: while a service is not ready, offer nothing. */
    private static Map<String, String> safely(Supplier<Map<String, String>> values) {
        try {
            return values.get();
        } catch (RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    protected static <T> Map<String, String> map(List<T> items, Function<T, Object> key, Function<T, String> description) {
        Map<String, String> result = new LinkedHashMap<>();
        for (T item : items) {
            result.put(String.valueOf(key.apply(item)), description.apply(item));
        }
        return result;
    }
}
