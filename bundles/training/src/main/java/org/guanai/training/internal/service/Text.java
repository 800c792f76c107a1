package org.guanai.training.internal.service;

/** The module's messages: Chinese first, English beside it, as every message a person reads. */
final class Text {
    static final int NAME_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int NOTES_MAX = 2000;

    private Text() {
    }

    static String of(String zh, String en) {
        return zh + "。" + en;
    }
}
