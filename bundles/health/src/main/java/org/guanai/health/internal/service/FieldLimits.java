package org.guanai.health.internal.service;

/** The longest text the health module's columns hold, checked before a write. */
final class FieldLimits {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private FieldLimits() {
    }
}
