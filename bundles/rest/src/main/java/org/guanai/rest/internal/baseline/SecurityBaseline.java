package org.guanai.rest.internal.baseline;

import java.io.IOException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, makes sure the Karaf that Guanai was added to keeps what a county relies on, or says clearly what is
 * missing. Password hashing it turns on itself when the realm stores passwords in clear (safe: Karaf still
 * accepts a password written in clear and hashes it at its first login; a realm that already hashes, with any
 * algorithm, is left alone). The rest it cannot change safely from here (the compulsory roles are read once at
 * Karaf's start; SFTP and the SSH address restart the SSH server), so each gap is one WARN line with the fix.
 */
@Component(immediate = true)
public class SecurityBaseline {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityBaseline.class);
    private static final String ENCRYPTION = "(&(objectClass=org.apache.karaf.jaas.modules.EncryptionServiceFactory)"
            + "(name=spring-security-crypto))";

    @Activate
    public SecurityBaseline(@Reference ConfigurationAdmin configurations, BundleContext context) {
        try {
            passwordHashing(configurations, context);
            Configuration[] shell = configurations.listConfigurations("(service.pid=" + Baseline.SHELL_PID + ")");
            for (String gap : Baseline.gaps(shell == null ? null : shell[0].getProperties(),
                    System.getProperty(Baseline.COMPULSORY_ROLES))) {
                LOG.warn("安全 Security: {}", gap);
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.warn("安全检查未能完成。The security check could not finish: {}", e.toString());
        }
    }

    private static void passwordHashing(ConfigurationAdmin configurations, BundleContext context)
            throws IOException, InvalidSyntaxException {
        Configuration jaas = configurations.getConfiguration(Baseline.JAAS_PID, null);
        if (Baseline.hashes(jaas.getProperties())) {
            return;
        }
        ServiceReference<?>[] argon2 = context.getServiceReferences((String) null, ENCRYPTION);
        if (argon2 == null) {
            LOG.warn("安全 Security: Karaf 领域以明文保存密码，且没有 spring-security-crypto-encryption 特性可用：请安装它。"
                    + "The Karaf realm stores passwords in clear and spring-security-crypto-encryption is not"
                    + " installed: feature:install spring-security-crypto-encryption.");
            return;
        }
        jaas.update(Baseline.hashing(jaas.getProperties()));
        LOG.warn("安全 Security: Karaf 领域原以明文保存密码，关爱平台已开启加盐 Argon2 哈希（etc/{}.cfg）；明文密码在下次登录时被哈希。"
                + "The Karaf realm stored passwords in clear: Guanai turned on salted Argon2 hashing (etc/{}.cfg);"
                + " a password still in clear is hashed at its next login.", Baseline.JAAS_PID, Baseline.JAAS_PID);
    }
}
