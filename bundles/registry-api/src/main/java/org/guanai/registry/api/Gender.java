package org.guanai.registry.api;

/** Gender as recorded; for a resident ID number it must match the 17th digit (odd = male). */
public enum Gender {
    FEMALE,
    MALE
}
