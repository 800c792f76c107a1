package org.guanai.rest.internal.baseline;

import java.io.IOException;

import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passwords hashed with salted Argon2 in the Karaf realm, as the Guanai distribution ships it, also in a Karaf
 * that Guanai's features were added to: when the realm ({@code etc/org.apache.karaf.jaas.cfg}) stores passwords
 * in clear, this turns hashing on, once Karaf's spring-security-crypto encryption (a dependency of guanai-rest) is
 * there. Safe for the accounts there: Karaf still accepts a password written in clear and hashes it at its next
 * login. A realm that already hashes, with any algorithm, is left alone.
 */
@Component(immediate = true)
public class PasswordHashing {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordHashing.class);

    @Activate
    public PasswordHashing(@Reference ConfigurationAdmin configurations,
                           @Reference(target = "(name=spring-security-crypto)") EncryptionService argon2) {
        try {
            Configuration jaas = configurations.getConfiguration(Baseline.JAAS_PID, null);
            if (Baseline.hashes(jaas.getProperties())) {
                return;
            }
            jaas.update(Baseline.hashing(jaas.getProperties()));
            LOG.warn("安全 Security: Karaf 领域原以明文保存密码，关爱平台已开启加盐 Argon2 哈希（etc/{}.cfg）；明文密码在下次登录时"
                    + "被哈希。The Karaf realm stored passwords in clear: Guanai turned on salted Argon2 hashing (etc/{}.cfg);"
                    + " a password still in clear is hashed at its next login.", Baseline.JAAS_PID, Baseline.JAAS_PID);
        } catch (IOException | RuntimeException e) {
            LOG.warn("安全 Security: 未能开启密码哈希，请在 etc/{}.cfg 设 encryption.enabled=true。Could not turn on password "
                    + "hashing: set encryption.enabled=true in etc/{}.cfg ({})", Baseline.JAAS_PID, Baseline.JAAS_PID,
                    e.toString());
        }
    }
}
