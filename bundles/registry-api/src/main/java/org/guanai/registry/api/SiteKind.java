package org.guanai.registry.api;

/** Kind of service site: 留守儿童之家, 妇女之家, or combined 留守妇女儿童之家. */
public enum SiteKind {
    CHILDRENS_HOME,
    WOMENS_HOME,
    COMBINED
}
