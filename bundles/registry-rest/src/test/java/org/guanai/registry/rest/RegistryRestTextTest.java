package org.guanai.registry.rest;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.ValidationException;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class RegistryRestTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), RegistryRestText.TEXT.problems());
    }

    @Test
    public void everyKeyTheResourcesNameIsThere() {
        assertEquals(List.of(), SourceKeys.missing(RegistryRestText.TEXT, Path.of("src/main/java/org/guanai/registry/rest"),
                "RegistryRestText.text"));
    }

    @Test
    public void aRefusedParameterSpeaksChineseFirstAndEnglishWhenAsked() {
        ValidationException e = ValidationException.of("map", RegistryRestText.text("import.mapForm", "联系方式"));
        assertEquals("map: '联系方式' 应为 表头=列，如 联系方式=phone", e.getMessage());
        assertEquals("map: '联系方式' should be HEADER=column, e.g. 联系方式=phone", e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void anAuditTimeThatIsNoTimeIsRefusedInBothLanguages() {
        ValidationException e = org.junit.Assert.assertThrows(ValidationException.class,
                () -> AuditResource.query(null, null, null, null, null, "昨天", null));
        assertEquals("from: “昨天”不是日期（如 2026-01-31）或 UTC 时间（如 2026-01-31T08:00:00Z）", e.getMessage());
        assertEquals("from: '昨天' is not a date like 2026-01-31 or a UTC time like 2026-01-31T08:00:00Z",
                e.getMessage(Locale.ENGLISH));
    }
}
