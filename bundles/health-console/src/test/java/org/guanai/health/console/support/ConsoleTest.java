package org.guanai.health.console.support;

import org.guanai.shell.api.BadInputException;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.ProviderKind;
import org.junit.Test;

public class ConsoleTest {

    @Test
    public void campaignKindsAcceptTheirNamesShortFormsAndChinese() {
        assertEquals(CampaignKind.GYNAECOLOGICAL, Labels.parse("--kind", "GYNAECOLOGICAL", CampaignKind.class));
        assertEquals(CampaignKind.GYNAECOLOGICAL, Labels.parse("--kind", "gyn", CampaignKind.class));
        assertEquals(CampaignKind.TWO_CANCERS, Labels.parse("--kind", "two-cancers", CampaignKind.class));
        assertEquals(CampaignKind.TWO_CANCERS, Labels.parse("--kind", " 两癌 ", CampaignKind.class));
        assertEquals(CampaignKind.GENERAL, Labels.parse("--kind", "General", CampaignKind.class));
        assertNull(Labels.parse("--kind", null, CampaignKind.class));
    }

    @Test
    public void resultsAndProviderKindsAcceptAnyCaseHyphensAndChinese() {
        assertEquals(CheckResult.REFERRED, Labels.parse("--result", "referred", CheckResult.class));
        assertEquals(CheckResult.ABNORMAL, Labels.parse("--result", "异常", CheckResult.class));
        assertEquals(ProviderKind.TOWNSHIP_HEALTH_CENTRE,
                Labels.parse("--provider-kind", "township-health-centre", ProviderKind.class));
        assertEquals(ProviderKind.MCH_STATION, Labels.parse("--provider-kind", "mch", ProviderKind.class));
    }

    @Test
    public void anUnknownValueNamesTheOptionAndWhatItAccepts() {
        assertBad("--kind: 'dental' is not one of GYNAECOLOGICAL, TWO_CANCERS, GENERAL",
                () -> Labels.parse("--kind", "dental", CampaignKind.class));
        assertBad("--result: 'ok' is not one of NORMAL, ABNORMAL, REFERRED",
                () -> Labels.parse("--result", "ok", CheckResult.class));
    }

    private static void assertBad(String message, Runnable parse) {
        try {
            parse.run();
            fail("expected: " + message);
        } catch (BadInputException e) {
            assertEquals(message, e.getMessage(java.util.Locale.ENGLISH));
        }
    }
}
