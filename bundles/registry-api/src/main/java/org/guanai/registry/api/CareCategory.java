package org.guanai.registry.api;

/** Why a person is in the registry. A person may be in several categories. */
public enum CareCategory {
    LEFT_BEHIND_WOMAN,
    LEFT_BEHIND_CHILD,
    LEFT_BEHIND_ELDERLY
}
