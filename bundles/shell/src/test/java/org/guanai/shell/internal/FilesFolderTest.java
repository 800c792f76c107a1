package org.guanai.shell.internal;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;

import org.junit.Test;

public class FilesFolderTest {

    @Test
    public void theFolderDefaultsToKarafsDataAndFollowsItsSetting() {
        assertEquals(Path.of("/srv/guanai/files"), FilesFolder.folderOf(" /srv/guanai/files "));
        String data = System.getProperty("karaf.data");
        try {
            System.setProperty("karaf.data", "/opt/guanai/data");
            assertEquals(Path.of("/opt/guanai/data/guanai/files"), FilesFolder.folderOf(""));
        } finally {
            if (data == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", data);
            }
        }
    }

}
