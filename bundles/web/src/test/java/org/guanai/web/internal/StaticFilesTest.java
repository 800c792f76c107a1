package org.guanai.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

/** Only the page's own files are served, with their types and the security headers. */
public class StaticFilesTest {

    private final StaticFiles files = new StaticFiles(DashboardServlet::resource);

    @Test
    public void thePageItsScriptsAndEchartsAreThere() {
        assertEquals("text/html; charset=UTF-8", files.find("/").orElseThrow().contentType);
        assertEquals("text/javascript; charset=UTF-8", files.find("/js/app.js").orElseThrow().contentType);
        assertEquals("text/css; charset=UTF-8", files.find("/app.css").orElseThrow().contentType);
        assertNotNull("ECharts ships inside the bundle", files.find("/vendor/echarts/echarts.min.js").orElse(null));
    }

    @Test
    public void nothingElseIsFound() {
        for (String path : new String[] {"/../web/index.html", "/js/../index.html", "/js/", "/js", "/index.html%00",
            "/%2e%2e/index.html", "/WEB-INF/web.xml", "/org/guanai/web/internal/DashboardServlet.class", "/nothing.js",
            "//etc/passwd", "/.hidden.js", "/a/b/c/d/e.js", "/index.HTML", "/js/app.js;x=1"}) {
            assertTrue(path, files.find(path).isEmpty());
        }
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() {
        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(false, headers::put);
        assertTrue(headers.get("Content-Security-Policy").contains("script-src 'self';"));
        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertTrue(!headers.containsKey("Strict-Transport-Security"));
        SecurityHeaders.apply(true, headers::put);
        assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
    }
}
