package org.guanai.backup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/** What the command-line tools print: every key in both languages, Chinese by default, English with GUANAI_LANG=en. */
public class ToolTextTest {

    @Test
    public void everyKeyIsInBothLanguagesAndParses() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
        List<String> problems = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            for (Properties file : List.of(zh, en)) {
                String pattern = file.getProperty(key);
                if (pattern.matches(".*(?<!')'(?!').*")) {
                    problems.add(key + ": write '' for a quote");
                }
                new MessageFormat(pattern); // throws when it does not parse
            }
            if (!arguments(zh.getProperty(key)).equals(arguments(en.getProperty(key)))) {
                problems.add(key + ": the languages take different arguments");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyKeyTheToolsNameIsInTheFiles() throws IOException {
        Properties zh = load("messages.properties");
        Pattern say = Pattern.compile("\\bsay\\(\\s*\"([\\w.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = say.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    named++;
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertTrue("the test looks in the wrong place", named > 20);
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    public void chineseUnlessGuanaiLangAsksForEnglish() {
        assertEquals(ToolText.CHINESE, ToolText.of(null));
        assertEquals(ToolText.CHINESE, ToolText.of("zh_CN"));
        assertEquals(ToolText.CHINESE, ToolText.of("fr"));
        assertEquals(ToolText.ENGLISH, ToolText.of("en"));
        assertEquals(ToolText.ENGLISH, ToolText.of(" en_GB "));
        assertEquals("找不到备份：x（在 /b 中）", ToolText.CHINESE.say("restore.noSuchBackup", "x", "/b"));
        assertEquals("No such backup: x (in /b)", ToolText.ENGLISH.say("restore.noSuchBackup", "x", "/b"));
        assertEquals("Rows differ in PERSONS: Derby 1024, PostgreSQL 1023",
                ToolText.ENGLISH.say("move.rowsDiffer", "PERSONS", 1024L, 1023L));
    }

    @Test
    public void theRestoreToolSaysSoInTheLanguageAsked() {
        assertEquals("用法：bin/guanai-restore 备份（备份名称或备份文件）" + System.lineSeparator(), restore(ToolText.CHINESE));
        assertEquals("usage: bin/guanai-restore BACKUP   (a backup's name or file)" + System.lineSeparator(),
                restore(ToolText.ENGLISH));
    }

    private static String restore(ToolText text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, RestoreTool.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8), null, text));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static TreeSet<Integer> arguments(String pattern) {
        TreeSet<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            used.add(Integer.valueOf(m.group(1)));
        }
        return used;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ToolText.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
