package org.guanai.shell.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * The names of the files in the console's files folder ({@link ConsoleFiles}), with their size: what a
 * file argument of any Guanai command completes to, instead of the server's own folders.
 */
@Service
public class FileNameCompleter extends IdCandidates {

    @Reference
    ConsoleFiles files;

    @Override
    protected Map<String, String> candidates(String typed) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Path file : files.list()) {
            String name = file.getFileName().toString();
            if (name.startsWith(typed)) {
                names.put(name, size(file));
            }
        }
        return names;
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? bytes / 1024 + " KB" : bytes / 1024 / 1024 + " MB";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
