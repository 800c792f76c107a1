package org.guanai.shell.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;

import org.junit.Test;

public class FilesFolderTest {

    @Test
    public void theFolderDefaultsToTheDataHomesAndFollowsItsSetting() {
        assertEquals(Path.of("/srv/guanai/files"), FilesFolder.folderOf(" /srv/guanai/files "));
        String data = System.getProperty("karaf.data");
        String home = System.getProperty("guanai.data");
        try {
            System.setProperty("karaf.data", "/opt/guanai/data");
            System.clearProperty("guanai.data");
            assertEquals("no data home: under Karaf's data", Path.of("/opt/guanai/data/guanai/files"),
                    FilesFolder.folderOf(""));
            System.setProperty("guanai.data", "/var/lib/guanai");
            assertEquals(Path.of("/var/lib/guanai/files"), FilesFolder.folderOf(""));
        } finally {
            restore("karaf.data", data);
            restore("guanai.data", home);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
