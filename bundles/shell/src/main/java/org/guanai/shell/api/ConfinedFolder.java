package org.guanai.shell.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.internal.FileNames;

/**
 * {@link ConsoleFiles} in one folder. A name is taken only when it is a plain file name that lands directly
 * in the folder; reading follows no symbolic link; writing creates the file ({@code CREATE_NEW}, so an
 * existing file or a link of that name is never written through) with owner-only permissions (0600) where the
 * file system has them. The folder is made (0700) when missing.
 */
public final class ConfinedFolder implements ConsoleFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final int MAX_FREE_TRIES = 1000;
    private static final MessageBundle TEXT = FileNames.TEXT;

    private final Path folder;

    public ConfinedFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path toRead(String option, String name) {
        Path file = resolve(option, name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(TEXT.message("file.missing", option, name, folder.toString()));
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(TEXT.message("file.notRegular", option, name));
        }
        return file;
    }

    @Override
    public Path create(String option, String name) {
        Path file = resolve(option, name);
        try {
            return createNew(file);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(TEXT.message("file.exists", option, name));
        }
    }

    @Override
    public Path createFree(String name) {
        Path file = resolve("FILE", name);
        for (int i = 2; i < MAX_FREE_TRIES; i++) {
            try {
                return createNew(file);
            } catch (FileAlreadyExistsException e) {
                file = folder.resolve(FileNames.numbered(name, i));
            }
        }
        throw new BadInputException(TEXT.message("file.tooMany", name, folder.toString()));
    }

    @Override
    public List<Path> list() {
        Path dir = ensureFolder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> FileNames.problem(p.getFileName().toString()) == null)
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The file {@code name} stands for in the folder; refused unless a plain name that stays in it. */
    private Path resolve(String option, String name) {
        Message problem = FileNames.problem(name);
        if (problem != null) {
            throw new BadInputException(TEXT.message("file.refused", option, problem, folder.toString()));
        }
        Path dir = ensureFolder();
        Path file = dir.resolve(name).normalize();
        if (!dir.equals(file.getParent())) {
            // FileNames already refuses separators and dot-names; this holds whatever a file system parses
            throw new BadInputException(TEXT.message("file.refused", option, FileNames.notAName(name),
                    folder.toString()));
        }
        return file;
    }

    private Path ensureFolder() {
        Path dir = folder;
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, attributes(FOLDER, dir));
            } catch (IOException e) {
                throw new BadInputException(TEXT.message("file.folderFailed", dir.toString(), e.getMessage()));
            }
        }
        return dir;
    }

    private static Path createNew(Path file) throws FileAlreadyExistsException {
        try {
            return Files.createFile(file, attributes(FILE, file));
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException(TEXT.message("file.cannotCreate", file.getFileName().toString(),
                    e.getMessage()));
        }
    }

    /** Owner-only permissions on a POSIX file system; none (the platform's default) elsewhere. */
    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions, Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }
}
