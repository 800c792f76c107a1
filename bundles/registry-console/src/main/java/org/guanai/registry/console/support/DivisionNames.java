package org.guanai.registry.console.support;

import java.util.HashMap;
import java.util.Map;

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
}
