package org.guanai.health.api;

/** Who performs the checks. */
public enum ProviderKind {
    HOSPITAL,
    MCH_STATION,
    TOWNSHIP_HEALTH_CENTRE,
    OTHER
}
