package org.guanai.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.guanai.shell.api.ConfinedFolder;
import org.guanai.shell.api.ConsoleFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * The console's files folder as a service: {@code files.dir} of {@code org.guanai.registry} (shipped as
 * empty: the data home's {@code files/}), read here and nowhere else; a change applies to the next command.
 */
@Component(service = ConsoleFiles.class, configurationPid = FilesFolder.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class FilesFolder implements ConsoleFiles {

    /** The registry's PID: the folder is one of the county installation's settings. */
    static final String PID = "org.guanai.registry";

    /** Only {@code files.dir} of {@value #PID}; the registry describes the PID's other keys. */
    public @interface Config {
        /** The folder; blank means the data home's {@code files} ({@code <karaf.data>/guanai/files} without one). */
        String files_dir() default "";
    }

    private volatile ConfinedFolder folder;

    @Activate
    public FilesFolder(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        folder = new ConfinedFolder(folderOf(config.files_dir()));
    }

    static Path folderOf(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String home = System.getProperty("guanai.data");
        if (home != null && !home.isBlank()) {
            return Path.of(home.trim()).resolve("files");
        }
        String data = System.getProperty("karaf.data");
        return (data == null ? Path.of("data") : Path.of(data)).resolve("guanai").resolve("files");
    }

    @Override
    public Path folder() {
        return folder.folder();
    }

    @Override
    public Path toRead(String option, String name) {
        return folder.toRead(option, name);
    }

    @Override
    public Path create(String option, String name) {
        return folder.create(option, name);
    }

    @Override
    public Path createFree(String name) {
        return folder.createFree(name);
    }

    @Override
    public List<Path> list() {
        return folder.list();
    }
}
