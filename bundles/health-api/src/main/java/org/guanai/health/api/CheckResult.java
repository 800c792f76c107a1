package org.guanai.health.api;

/** Outcome of a check. Sensitive: visible to health staff only. */
public enum CheckResult {
    NORMAL,
    ABNORMAL,
    REFERRED
}
