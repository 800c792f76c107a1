package org.guanai.rest.internal.baseline;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

/**
 * What a county relies on from the Karaf that Guanai runs in, checked from plain values so a test can run it:
 * hashed passwords, a role required for commands no ACL names (Guanai's features ship the ACLs of their own
 * scopes), SFTP off, SSH on loopback. The Guanai distribution ships all of it; a stock Karaf that the features were added to does
 * not (README: Adding Guanai to an existing Karaf).
 */
final class Baseline {
    static final String JAAS_PID = "org.apache.karaf.jaas";
    static final String SHELL_PID = "org.apache.karaf.shell";
    static final String COMPULSORY_ROLES = "karaf.secured.command.compulsory.roles";

    private Baseline() {
    }

    /** The settings of {@code org.apache.karaf.jaas} that make the realm hash passwords with salted Argon2. */
    static Dictionary<String, Object> hashing(Dictionary<String, Object> current) {
        Dictionary<String, Object> d = new Hashtable<>();
        if (current != null) {
            for (java.util.Enumeration<String> keys = current.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                d.put(key, current.get(key));
            }
        }
        d.put("encryption.enabled", "true");
        d.put("encryption.name", "spring-security-crypto");
        d.put("encryption.algorithm", "argon2");
        d.put("encryption.encoding", "hexadecimal");
        d.put("encryption.prefix", "{CRYPT}");
        d.put("encryption.suffix", "{CRYPT}");
        return d;
    }

    static boolean hashes(Dictionary<String, Object> jaas) {
        return jaas != null && "true".equalsIgnoreCase(String.valueOf(jaas.get("encryption.enabled")).trim());
    }

    /** One line per gap, Chinese then English, saying how to close it; empty when there is none. */
    static List<String> gaps(Dictionary<String, Object> shell, String compulsoryRoles) {
        List<String> gaps = new ArrayList<>();
        if (compulsoryRoles == null || compulsoryRoles.isBlank()) {
            gaps.add("没有 ACL 的控制台命令任何能登录 SSH 的用户都可执行：请在 etc/system.properties 加入 "
                    + COMPULSORY_ROLES + "=admin 并重启。Console commands that no ACL names run for anyone who can"
                    + " log in over SSH: add " + COMPULSORY_ROLES + "=admin to etc/system.properties and restart.");
        }
        Object sftp = shell == null ? null : shell.get("sftpEnabled");
        if (sftp == null || !"false".equalsIgnoreCase(String.valueOf(sftp).trim())) {
            gaps.add("SFTP 已开启：凡能登录 SSH 的账户都能读写本安装的文件；请在 etc/" + SHELL_PID + ".cfg 设 sftpEnabled"
                    + "=false。SFTP is on: every account that can log in over SSH can read and write this"
                    + " installation's files; set sftpEnabled=false in etc/" + SHELL_PID + ".cfg.");
        }
        Object host = shell == null ? null : shell.get("sshHost");
        if (host == null || "0.0.0.0".equals(String.valueOf(host).trim()) || String.valueOf(host).isBlank()) {
            gaps.add("SSH 控制台监听所有网络接口；请在 etc/" + SHELL_PID + ".cfg 设 sshHost=127.0.0.1（或内网地址）。The SSH"
                    + " console listens on every interface: set sshHost=127.0.0.1 (or an internal address) in etc/"
                    + SHELL_PID + ".cfg.");
        }
        return gaps;
    }
}
