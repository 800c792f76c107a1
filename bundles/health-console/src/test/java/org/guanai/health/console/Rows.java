package org.guanai.health.console;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading printed tables back in tests. */
final class Rows {
    private Rows() {
    }

    /** The trimmed cells of a table line. */
    static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::trim).collect(Collectors.toList());
    }
}
