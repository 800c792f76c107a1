package org.guanai.registry.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.Test;

public class MessageTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), Message.API.problems());
    }

    @Test
    public void aKeyMissingInOneLanguageIsFound() {
        List<String> problems = MessageBundle.of(MessageTest.class, "org.guanai.registry.api.incomplete").problems();
        assertTrue(problems.toString(), problems.contains("onlyChinese is missing in en"));
        assertTrue(problems.toString(), problems.contains("lonely in en: write '' for a quote"));
        assertTrue(problems.toString(), problems.contains("args in en has arguments [0], not [0, 1]"));
        assertEquals(problems.toString(), 3, problems.size());
    }

    @Test
    public void chineseUnlessEnglishIsAskedFor() {
        assertEquals(Message.CHINESE, Message.choose(List.of()));
        assertEquals(Message.CHINESE, Message.choose(null));
        assertEquals(Message.ENGLISH, Message.choose(List.of(Locale.US)));
        assertEquals(Message.CHINESE, Message.choose(List.of(Locale.FRENCH, Locale.TRADITIONAL_CHINESE, Locale.US)));
        assertEquals(Message.ENGLISH, Message.choose(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.CHINA)));
        assertEquals(Message.CHINESE, Message.choose(List.of(new Locale("*"), Locale.GERMAN)));
        assertEquals(Message.CHINESE, Message.supported(Locale.GERMAN));
    }

    @Test
    public void rendersInEitherLanguageWithArgumentsInTheSame() {
        NotFoundException e = new NotFoundException("person", 1024);
        assertEquals("人员 1024 不存在", e.getMessage());
        assertEquals("person 1024 does not exist", e.getMessage(Locale.ENGLISH));
        assertEquals("人员 1024 不存在", e.getMessage(Locale.GERMAN));
        assertEquals("widget 7 does not exist", new NotFoundException("widget", 7).getMessage(Locale.ENGLISH));
        Message category = Message.label(CareCategory.LEFT_BEHIND_CHILD);
        assertEquals("留守儿童", category.toString());
        assertEquals("left-behind child", category.render(Locale.UK));
        assertEquals("women's home", Message.label(SiteKind.WOMENS_HOME).render(Locale.ENGLISH));
    }

    @Test
    public void numbersAreNotGrouped() {
        assertEquals("must be between 1 and 1000", Message.API.message("page.limit", 1000).render(Locale.ENGLISH));
    }

    @Test
    public void fieldErrorsRenderPerReaderAndReadChineseByDefault() {
        ValidationException e = ValidationException.of("limit", Message.API.message("page.limit", 500));
        assertEquals("limit: 须在 1 到 500 之间", e.getMessage());
        assertEquals("limit: must be between 1 and 500", e.getMessage(Locale.ENGLISH));
        FieldError english = e.errors().get(0).in(Locale.ENGLISH);
        assertEquals("must be between 1 and 500", english.message);
        assertEquals("limit", english.field);
        assertEquals("须在 1 到 500 之间", e.errors().get(0).message);
    }

    @Test
    public void oldCallersKeepTheirText() {
        ValidationException e = ValidationException.of("name", "必填 / is required");
        assertEquals("必填 / is required", e.errors().get(0).in(Locale.ENGLISH).message);
        assertEquals("name: 必填 / is required", e.getMessage(Locale.ENGLISH));
        assertFalse(Message.literal("x").args().iterator().hasNext());
    }
}
