package org.guanai.demo.generator;

/** A township (9-digit code) or village (12-digit code) of the county; parentCode is the county's or the township's. */
public record Division(String code, String name, String parentCode) {

    public boolean isTownship() {
        return code.length() == 9;
    }
}
