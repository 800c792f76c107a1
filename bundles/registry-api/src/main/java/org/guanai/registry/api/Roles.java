package org.guanai.registry.api;

/**
 * The Karaf JAAS roles Guanai knows. A user may hold several (township staff who are also
 * health staff hold both). Assign them in etc/users.properties or with the jaas: commands.
 */
public final class Roles {
    /** Users, modules, configuration, the audit trail: everything. Always allowed. */
    public static final String ADMIN = "admin";
    /** County Women's Federation staff: read and write the whole county's registry. */
    public static final String COUNTY = "county";
    /** Township staff: read and write the registry of the divisions they are assigned to. */
    public static final String TOWNSHIP = "township";
    /** Health staff: may read and record health results (the health module's outcomes). */
    public static final String HEALTH = "health";
    /** Legal staff: may read rights-case details (the legal module). */
    public static final String LEGAL = "legal";
    /**
     * Aggregated statistics only, no personal records. Not Karaf's own "viewer" role, which
     * reads every MBean over JMX (configuration included): a statistics user must not get that.
     */
    public static final String VIEWER = "stats";

    private Roles() {
    }
}
