package org.guanai.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class OpenPathsTest {
    @Test
    public void onlyTheTwoDocumentsAreOpenAndOnlyForGetAndHead() {
        assertTrue(OpenPaths.isOpen("GET", "api/v1/status"));
        assertTrue("a load balancer's probe", OpenPaths.isOpen("HEAD", "api/v1/status"));
        assertFalse(OpenPaths.isOpen("POST", "api/v1/status"));
        assertFalse(OpenPaths.isOpen("OPTIONS", "api/v1/status"));
        assertTrue(OpenPaths.isOpen("GET", "//api/v1/openapi.json"));
        assertFalse(OpenPaths.isOpen("get", "api/v1/status"));
        assertFalse(OpenPaths.isOpen("GET", "api/v1/status/"));
        assertFalse(OpenPaths.isOpen("GET", "api/v1/HEALTH"));
        assertFalse(OpenPaths.isOpen("GET", "api/v1/persons/../health"));
        assertFalse(OpenPaths.isOpen("GET", null));
    }

    @Test
    public void everythingElseUnderTheApiIsPrivate() {
        assertTrue(OpenPaths.isPrivate("api/v1"));
        assertTrue(OpenPaths.isPrivate("/api/v1/persons"));
        assertFalse(OpenPaths.isPrivate("api/v1/status"));
        assertFalse(OpenPaths.isPrivate("api/v10"));
        assertFalse(OpenPaths.isPrivate("/"));
    }
}
