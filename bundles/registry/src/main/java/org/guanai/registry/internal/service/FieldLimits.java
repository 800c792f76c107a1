package org.guanai.registry.internal.service;

/** The longest text the registry's columns hold, checked before a write. */
final class FieldLimits {

    static final int NAME_MAX = 50;
    static final int LONG_NAME_MAX = 100;
    static final int ADDRESS_MAX = 200;
    static final int NOTES_MAX = 2000;

    private FieldLimits() {
    }
}
