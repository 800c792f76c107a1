package org.guanai.demo.generator;

/** A deliberately defective roster line: its 1-based line number in the file (the header is line 1), kind and why. */
public record Defect(int line, Kind kind, String description) {

    /** The defects a real county roster has. */
    public enum Kind {
        /** The ID number's 18th character does not match the first 17. */
        WRONG_CHECK_DIGIT,
        /** The same person entered twice: one character of the name differs, same birth date, gender and household, another ID number. */
        DUPLICATE_NAME_TYPO,
        /** A left-behind child whose guardian columns are empty. */
        CHILD_WITHOUT_GUARDIAN,
        /** A phone number with a digit too few or too many. */
        BAD_PHONE,
        /** A village code that is not one of the county's. */
        UNKNOWN_VILLAGE
    }
}
