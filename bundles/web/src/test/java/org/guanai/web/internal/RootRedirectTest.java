package org.guanai.web.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;

import javax.servlet.http.HttpServletRequest;

import org.junit.Test;

/** Only a GET or HEAD of the bare address is sent to the dashboard; the API and the page pass untouched. */
public class RootRedirectTest {

    @Test
    public void onlyTheBareAddressIsRedirected() {
        assertEquals(true, RootRedirect.isRoot(request("GET", "/", "")));
        assertEquals(true, RootRedirect.isRoot(request("HEAD", "/", "")));
        assertEquals(false, RootRedirect.isRoot(request("POST", "/", "")));
        assertEquals(false, RootRedirect.isRoot(request("GET", "/api/v1/status", "")));
        assertEquals(false, RootRedirect.isRoot(request("GET", "/guanai/", "")));
        assertEquals(false, RootRedirect.isRoot(request("GET", "//", "")));
        assertEquals(true, RootRedirect.isRoot(request("GET", "/app/", "/app")));
    }

    private static HttpServletRequest request(String method, String uri, String context) {
        return (HttpServletRequest) Proxy.newProxyInstance(RootRedirectTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> context;
                    default -> null;
                });
    }
}
