package org.guanai.jpa.support;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The queries themselves run against Derby in the registry's and the health module's service tests. */
public class FilterTest {

    @Test
    public void escapeLikeMakesWildcardsLiteral() {
        assertEquals("王", Filter.escapeLike("王"));
        assertEquals("100!%", Filter.escapeLike("100%"));
        assertEquals("a!_b", Filter.escapeLike("a_b"));
        assertEquals("!!x", Filter.escapeLike("!x"));
    }
}
