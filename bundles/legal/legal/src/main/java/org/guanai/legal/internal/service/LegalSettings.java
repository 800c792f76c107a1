package org.guanai.legal.internal.service;

import org.guanai.legal.internal.rules.Deadlines;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rights cases' deadlines, from {@code etc/org.guanai.legal.cfg} (defaults when absent); changed live. */
@Component(service = LegalSettings.class, configurationPid = LegalSettings.PID)
@Designate(ocd = LegalSettings.Config.class)
public class LegalSettings {

    public static final String PID = "org.guanai.legal";
    private static final Logger LOG = LoggerFactory.getLogger(LegalSettings.class);

    @ObjectClassDefinition(name = "Guanai legal module", description = "Deadlines of rights cases (维权案件时限)")
    public @interface Config {
        @AttributeDefinition(name = "High risk: days to first response", description = "高风险案件首次响应时限（天）")
        int firstResponse_days_high() default 1;

        @AttributeDefinition(name = "Medium risk: days to first response", description = "中风险案件首次响应时限（天）")
        int firstResponse_days_medium() default 3;

        @AttributeDefinition(name = "Low risk: days to first response", description = "低风险案件首次响应时限（天）")
        int firstResponse_days_low() default 7;

        @AttributeDefinition(name = "High risk: days between follow-ups", description = "高风险案件最长跟进间隔（天）")
        int highRisk_followUp_days() default 7;
    }

    private volatile Deadlines deadlines = Deadlines.DEFAULT;

    @Activate
    @Modified
    void configure(Config config) {
        try {
            deadlines = new Deadlines(config.firstResponse_days_high(), config.firstResponse_days_medium(),
                    config.firstResponse_days_low(), config.highRisk_followUp_days());
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: {}; using the defaults", PID, e.getMessage());
            deadlines = Deadlines.DEFAULT;
        }
    }

    /** For tests and callers without OSGi. */
    public static LegalSettings of(Deadlines deadlines) {
        LegalSettings s = new LegalSettings();
        s.deadlines = deadlines;
        return s;
    }

    public Deadlines deadlines() {
        return deadlines;
    }
}
