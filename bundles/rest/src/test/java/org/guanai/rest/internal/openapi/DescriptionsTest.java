package org.guanai.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import org.guanai.registry.api.PersonDTO;
import org.junit.Test;

/**
 * Every DTO of the registry's API packages is described, with each of its fields, in Chinese and English; no line
 * names a field that is gone. (A module checks its own API the same way: see the health module's test.)
 */
public class DescriptionsTest {
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");

    @Test
    public void everyDtoOfTheRegistryApiAndEachFieldIsDescribedInBothLanguages() {
        assertEquals(List.of(), undescribed("org.guanai.registry.api"));
    }

    @Test
    public void linesParseIntoDescriptionFlagsAndExample() {
        Descriptions.Entry e = Descriptions.parse("编号。Id. | readOnly required | example: 12");
        assertEquals("编号。Id.", e.description);
        assertTrue(e.has("readOnly") && e.has("required"));
        assertEquals("12", e.example);
        Descriptions d = new Descriptions();
        assertTrue(d.ofField(PersonDTO.class, "version").has("readOnly"));
        assertNotNull(d.ofClass(PersonDTO.class));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anUnknownFlagIsRefused() {
        Descriptions.parse("编号。Id. | readonly");
    }

    /** What is missing or stale in the description files of the packages under {@code root}, for a test to list. */
    static List<String> undescribed(String root) {
        Map<Package, List<Class<?>>> byPackage = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
        try (ScanResult scan = new ClassGraph().acceptPackages(root).scan()) {
            scan.getAllClasses().filter(c -> c.isPublic() && !c.isInterface()
                    && !c.isAbstract() && (c.getSimpleName().endsWith("DTO") || describedByName(c.loadClass())))
                    .loadClasses().forEach(c -> byPackage.computeIfAbsent(c.getPackage(), p -> new ArrayList<>()).add(c));
        }
        List<String> problems = new ArrayList<>();
        Descriptions descriptions = new Descriptions();
        byPackage.forEach((pkg, types) -> {
            Properties p = Descriptions.load(types.get(0));
            Descriptions.staleKeys(p, types).forEach(k -> problems.add(pkg.getName() + ": stale " + k));
            for (Class<?> t : types) {
                check(problems, t.getName(), descriptions.ofClass(t));
                for (Field f : Descriptions.fields(t)) {
                    check(problems, t.getName() + "." + f.getName(), descriptions.ofField(t, f.getName()));
                }
            }
        });
        return problems;
    }

    private static boolean describedByName(Class<?> type) {
        return Descriptions.load(type).getProperty(type.getSimpleName()) != null;
    }

    private static void check(List<String> problems, String what, Descriptions.Entry entry) {
        if (entry == null) {
            problems.add(what + ": no description");
        } else if (!CHINESE.matcher(entry.description).find() || !ENGLISH.matcher(entry.description).find()) {
            problems.add(what + ": not in Chinese and English: " + entry.description);
        }
    }
}
