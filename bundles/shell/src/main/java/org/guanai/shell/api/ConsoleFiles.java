package org.guanai.shell.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one folder console commands read files from and write files to ({@code files.dir} in
 * {@code etc/org.guanai.registry.cfg}). Commands take a file <em>name</em>, never a path: a console user
 * may import a roster or export one, but must not reach {@code etc/users.properties}, the host key or the
 * database through a command. New files are created, never overwritten, readable by the server's account
 * alone (0600).
 *
 * <p>Every method refuses what it cannot do with a {@link BadInputException} whose message names the
 * option and says why, in Chinese and English, so {@link Console#run} prints it.
 */
@ProviderType
public interface ConsoleFiles {

    /** The folder, absolute. */
    Path folder();

    /**
     * A file of the folder to read.
     *
     * @param option how the command calls the value ("FILE", "--divisions"), for the message
     * @param name   a file name as typed: no folder, no path
     */
    Path toRead(String option, String name);

    /** Creates {@code name} in the folder, empty and 0600, and returns it; refused when it exists. */
    Path create(String option, String name);

    /**
     * Creates a file for something the command derives from another file (a report beside a roster):
     * {@code name}, or {@code name-2}, {@code name-3} … before its extension when that exists.
     */
    Path createFree(String name);

    /** The regular files of the folder, by name. */
    List<Path> list();
}
