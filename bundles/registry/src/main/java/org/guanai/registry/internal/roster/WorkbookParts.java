package org.guanai.registry.internal.roster;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The parts of an XLSX workbook (a zip of XML files), from the file on disk (random access: nothing is held
 * in memory) or from bytes. Every part is read through a bound on what it decompresses to, so a zip bomb
 * ends in a plain refusal, and through {@link XmlTokenBound}, so no single comment, tag or text the XML
 * parser would buffer whole can be larger than a roster ever needs.
 */
abstract class WorkbookParts {

    /** The part, bounded, or null when the workbook has none of that name. */
    final InputStream open(String name) throws IOException {
        InputStream in = raw(name);
        return in == null ? null : new XmlTokenBound(new BoundedPart(in, name), name);
    }

    abstract InputStream raw(String name) throws IOException;

    static OnDisk onDisk(Path file) {
        try {
            return new OnDisk(new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RosterFileException(e, ImportMessages.FILE_NOT_XLSX, e.getMessage());
        }
    }

    /** For tests and small files: the XML parts unzipped into memory, each within the bound. */
    static WorkbookParts inMemory(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    parts.put(name, new BoundedPart(zip, name).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new RosterFileException(e, ImportMessages.FILE_NOT_XLSX, e.getMessage());
        }
        return new WorkbookParts() {
            @Override
            InputStream raw(String name) {
                byte[] part = parts.get(name);
                return part == null ? null : new ByteArrayInputStream(part);
            }
        };
    }

    /** The zip file on disk; close it when done. */
    static final class OnDisk extends WorkbookParts implements AutoCloseable {
        private final ZipFile zip;

        private OnDisk(ZipFile zip) {
            this.zip = zip;
        }

        @Override
        InputStream raw(String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            return entry == null ? null : zip.getInputStream(entry);
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException e) {
                // read-only; nothing to lose
            }
        }
    }

    /** Counts what a part decompresses to and stops at {@link XlsxReader#MAX_PART_BYTES}. */
    private static final class BoundedPart extends FilterInputStream {
        private final String name;
        private long total;

        BoundedPart(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            total += n;
            if (total > XlsxReader.MAX_PART_BYTES) {
                throw new RosterFileException(ImportMessages.FILE_PART_TOO_LARGE, name,
                        XlsxReader.MAX_PART_BYTES / 1024 / 1024);
            }
        }
    }
}
