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
}
