package org.guanai.rest.internal.baseline;

import java.io.IOException;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, says clearly what the Karaf that Guanai was added to lacks of what a county relies on: one WARN line per
 * gap, with the fix. These it cannot change safely from here: the compulsory roles are read once, at Karaf's
 * start; SFTP and the SSH address restart the SSH server and its sessions. Password hashing is turned on by
 * {@link PasswordHashing}.
 */
@Component(immediate = true)
public class SecurityBaseline {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityBaseline.class);

    @Activate
    public SecurityBaseline(@Reference ConfigurationAdmin configurations) {
        try {
            Configuration[] shell = configurations.listConfigurations("(service.pid=" + Baseline.SHELL_PID + ")");
            for (String gap : Baseline.gaps(shell == null ? null : shell[0].getProperties(),
                    System.getProperty(Baseline.COMPULSORY_ROLES))) {
                LOG.warn("安全 Security: {}", gap);
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.warn("安全检查未能完成。The security check could not finish: {}", e.toString());
        }
    }
}
