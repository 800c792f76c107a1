package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.RoleDTO;
import org.guanai.registry.internal.security.UserAccessServiceImpl;
import org.guanai.testing.SourceKeys;
import org.junit.Test;

public class NameTextTest {

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), NameText.TEXT.problems());
    }

    @Test
    public void everyKeyTheCodeNamesIsThere() {
        assertEquals(List.of(), SourceKeys.missing(NameText.TEXT, Path.of("src/main/java/org/guanai/registry/internal"),
                "NameText.zh", "NameText.en", "NameText.text"));
    }

    @Test
    public void theRegistrysRolesAreLabelledChineseFirstAndInEnglish() {
        List<RoleDTO> roles = UserAccessServiceImpl.REGISTRY_ROLES;
        assertEquals(List.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER),
                roles.stream().map(r -> r.name).collect(Collectors.toList()));
        RoleDTO township = roles.get(2);
        assertEquals(List.of("乡镇（街道）妇联", "township staff"), List.of(township.nameZh, township.nameEn));
        assertEquals(List.of("统计", "statistics only"), List.of(roles.get(5).nameZh, roles.get(5).nameEn));
        for (RoleDTO r : roles) {
            assertFalse(r.name, r.nameZh.startsWith("role.") || r.nameEn.startsWith("role."));
        }
    }
}
