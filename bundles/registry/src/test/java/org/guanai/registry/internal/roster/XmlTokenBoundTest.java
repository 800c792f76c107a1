package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.Test;

public class XmlTokenBoundTest {

    private static final String BIG = "x".repeat(XmlTokenBound.MAX_TOKEN_BYTES);

    @Test
    public void ordinaryXmlPassesUnchanged() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!-- a comment with > and < --><a b=\"1 > 0\" c='<'><![CDATA[ ]] > ]]>"
                + "<t>王秀英 &amp; 李</t></a>";
        assertEquals(xml, read(xml));
        assertEquals("<t>" + BIG.substring(1) + "</t>", read("<t>" + BIG.substring(1) + "</t>"));
    }

    @Test
    public void eachKindOfTokenIsBounded() {
        for (String[] kind : new String[][] {{"<!--", "-->", "comment"}, {"<?pi ", "?>", "processing instruction"},
                {"<![CDATA[", "]]>", "cdata"}, {"<a b=\"", "\">", "tag"}, {"<a>", "</a>", "text"}}) {
            try {
                read(kind[0] + BIG + "x" + kind[1]);
                fail(kind[2]);
            } catch (IOException | RosterFileException e) {
                String why = e instanceof RosterFileException ? ((RosterFileException) e).text().render(Locale.ENGLISH)
                        : e.getMessage();
                assertTrue(why, why.startsWith("p has an XML " + kind[2] + " longer than 1 MB"));
            }
        }
    }

    private static String read(String xml) throws IOException {
        try (XmlTokenBound in = new XmlTokenBound(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "p")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
