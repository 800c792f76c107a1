package org.guanai.registry.internal.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node, as the shared tables name it: {@code name#start}. The name stays across restarts (system property
 * {@code guanai.node.name}, else host and installation folder), so a node that starts again knows the jobs it ran
 * before it stopped; the start part is new at each start of the registry.
 */
public final class Node {

    private static final String ID = name() + "#" + UUID.randomUUID().toString().substring(0, 8);

    private Node() {
    }

    /** This start of this node. */
    public static String id() {
        return ID;
    }

    /** The node part of an id ({@code name#start}). */
    public static String nameOf(String id) {
        int hash = id == null ? -1 : id.lastIndexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    static String name() {
        String configured = System.getProperty("guanai.node.name");
        if (configured != null && !configured.isBlank()) {
            return cut(configured.trim());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String home = System.getProperty("karaf.home", System.getProperty("user.dir", ""));
        return cut(host + ":" + home);
    }

    /** Room for {@code #start} in the 200 characters of the columns. */
    private static String cut(String s) {
        return s.length() <= 180 ? s : s.substring(s.length() - 180);
    }
}
