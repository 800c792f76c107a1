package org.guanai.http.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.util.BufferUtil;
import org.guanai.registry.api.Message;
import org.junit.Test;

/** Issue 9, finding 9: Jetty answered %00 and ..; paths with an HTML "Bad Message 400" page. */
public class ProblemErrorHandlerTest {

    @Test
    public void aBadMessageIsProblemJsonWithTheSecurityHeaders() {
        HttpFields fields = new HttpFields();
        ByteBuffer body = new ProblemErrorHandler().badMessageError(400, "Ambiguous path parameters", fields);
        String json = BufferUtil.toString(body, StandardCharsets.UTF_8);
        assertEquals("{\"type\":\"https://guanai.org/problems/malformed-request\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"无法读取请求（Ambiguous path parameters）\"}", json);
        assertEquals("application/problem+json", fields.get("Content-Type"));
        assertEquals("nosniff", fields.get("X-Content-Type-Options"));
        assertEquals("DENY", fields.get("X-Frame-Options"));
        assertEquals(SecurityHeaders.CSP, fields.get("Content-Security-Policy"));
        assertFalse(json.contains("<"));
    }

    @Test
    public void otherStatusesAndHostileReasonsStayValidJson() {
        assertEquals("{\"type\":\"about:blank\",\"title\":\"URI Too Long\",\"status\":414,\"detail\":\"URI Too Long\"}",
                ProblemErrorHandler.problem(414, null, Locale.ENGLISH));
        String json = ProblemErrorHandler.problem(400, "a \"quoted\"\n<script>", Locale.ENGLISH);
        assertTrue(json, json.contains("(a \\\"quoted\\\"\\u000a<script>)"));
    }

    @Test
    public void theDetailIsChineseUnlessAcceptLanguageAsksForEnglish() {
        assertTrue(ProblemErrorHandler.problem(400, null, Locale.CHINESE).contains("\"detail\":\"无法读取请求\""));
        assertEquals(Locale.ENGLISH, ProblemErrorHandler.language("en-GB,zh;q=0.5"));
        assertEquals(Message.CHINESE, ProblemErrorHandler.language("zh-CN,en;q=0.8"));
        assertEquals(Message.CHINESE, ProblemErrorHandler.language(null));
        assertEquals(Message.CHINESE, ProblemErrorHandler.language("fr, de;q=0.5"));
        assertEquals(Message.CHINESE, ProblemErrorHandler.language("en;q=0,,;;=x"));
        String english = ProblemErrorHandler.problem(400, "Bad URI", ProblemErrorHandler.language("en"));
        assertTrue(english, english.contains("\"detail\":\"the request cannot be read (Bad URI)\""));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), ProblemErrorHandler.TEXT.problems());
    }

    @Test
    public void headersAreTheSameEverywhereAndHstsOnlyOverHttps() {
        Map<String, String> plain = new LinkedHashMap<>();
        SecurityHeaders.apply(plain::put, false);
        assertEquals(4, plain.size());
        assertNull(plain.get("Strict-Transport-Security"));
        Map<String, String> secure = new LinkedHashMap<>();
        SecurityHeaders.apply(secure::put, true);
        assertEquals("max-age=31536000", secure.get("Strict-Transport-Security"));
    }

    @Test
    public void theWarningSaysWherePlainHttpAnswersBeyondThisMachine() {
        assertEquals("0.0.0.0:8181", WebHardening.clearTextBeyondThisMachine(Map.of()));
        assertEquals("10.0.0.23:8282", WebHardening.clearTextBeyondThisMachine(Map.of(
                "org.ops4j.pax.web.listening.addresses", "127.0.0.1, 10.0.0.23", "org.osgi.service.http.port", "8282")));
        assertNull(WebHardening.clearTextBeyondThisMachine(Map.of("org.ops4j.pax.web.listening.addresses", "127.0.0.1")));
        assertNull(WebHardening.clearTextBeyondThisMachine(Map.of("org.osgi.service.http.enabled", "false")));
    }

    @Test
    public void theServerGetsTheProblemErrorHandlerOnce() {
        org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
        WebHardening.installOn(server);
        Object installed = server.getErrorHandler();
        assertTrue(installed instanceof ProblemErrorHandler);
        WebHardening.installOn(server);
        assertTrue(installed == server.getErrorHandler());
    }

    @Test
    public void onlyALoopbackBindingKeepsPlainHttpOnThisMachine() {
        assertTrue(SecurityHeaders.isThisMachineOnly("127.0.0.1"));
        assertTrue(SecurityHeaders.isThisMachineOnly("::1"));
        assertFalse(SecurityHeaders.isThisMachineOnly(null));
        assertFalse(SecurityHeaders.isThisMachineOnly("0.0.0.0"));
        assertFalse(SecurityHeaders.isThisMachineOnly("10.0.0.23"));
    }
}
