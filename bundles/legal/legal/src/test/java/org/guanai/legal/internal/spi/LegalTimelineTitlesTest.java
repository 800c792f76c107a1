package org.guanai.legal.internal.spi;

import static org.junit.Assert.assertEquals;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.EventKind;
import org.guanai.registry.api.Message;
import org.junit.Test;

/** The titles a person's legal entries carry on her timeline: Chinese first, English when asked. */
public class LegalTimelineTitlesTest {

    @Test
    public void titlesNameTheKindInTheReadersLanguage() {
        assertEquals("参加普法宣传：赶集宣传", LegalTimeline.attended(EventKind.MARKET_FAIR).render(Message.CHINESE));
        assertEquals("Attended a legal promotion event: market day",
                LegalTimeline.attended(EventKind.MARKET_FAIR).render(Message.ENGLISH));
        assertEquals("维权案件受理：家庭暴力", LegalTimeline.received(CaseCategory.DOMESTIC_VIOLENCE).toString());
        assertEquals("Rights case received: domestic violence",
                LegalTimeline.received(CaseCategory.DOMESTIC_VIOLENCE).render(Message.ENGLISH));
    }
}
