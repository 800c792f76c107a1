package org.guanai.shell.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanai.registry.api.DivisionService;

/** Names of townships and villages for the rows of one command, each looked up once. */
public final class DivisionNames {
    private final DivisionService divisions;
    private final Map<String, String> names = new HashMap<>();

    public DivisionNames(DivisionService divisions) {
        this.divisions = divisions;
    }

    /** The division's name, its code if unknown, "" for null. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        return names.computeIfAbsent(code, c -> divisions.find(c).map(d -> d.name).orElse(c));
    }

    /** "石门村 (330726101201)". */
    public String nameAndCode(String code) {
        if (code == null) {
            return "";
        }
        String name = name(code);
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Several divisions, "黄宅镇、浦阳街道"; none means the whole county, "全县". */
    public String names(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "全县";
        }
        return codes.stream().map(this::name).collect(Collectors.joining("、"));
    }
}
