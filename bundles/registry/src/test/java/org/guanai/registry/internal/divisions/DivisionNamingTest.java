package org.guanai.registry.internal.divisions;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DivisionNamingTest {

    @Test
    public void committeesAreNamedAsCountiesWriteThem() {
        assertEquals("古洲湾村", DivisionNaming.display("古洲湾村民委员会"));
        assertEquals("新村", DivisionNaming.display("新村村民委员会"));
        assertEquals("复兴村", DivisionNaming.display("复兴村委会"));
        assertEquals("集镇社区", DivisionNaming.display("集镇居民委员会"));
        assertEquals("向红社区", DivisionNaming.display("向红社区居民委员会"));
        assertEquals("新街社区", DivisionNaming.display("新街社区居委会"));
        assertEquals("城关街道", DivisionNaming.display("城关街道办事处"));
        assertEquals("原种场生活区", DivisionNaming.display("原种场生活区"));
        assertEquals("城东村", DivisionNaming.key(" 城东村民委员会 "));
        assertEquals("城东", DivisionNaming.stem("城东村"));
        assertEquals("荣家湾", DivisionNaming.stem("荣家湾镇"));
    }
}
