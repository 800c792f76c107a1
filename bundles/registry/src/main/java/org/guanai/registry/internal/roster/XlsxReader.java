package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Roster workbooks (XLSX, Office Open XML) read with the JDK alone: the zip, and StAX over the few parts a
 * roster needs (the workbook's sheet list and relations, shared strings, the sheets and their merged cells).
 *
 * <p>Why not Apache POI: POI is ~15 MB with its OOXML schemas and commons-compress, collections4, math3
 * and xmlbeans, whose OSGi bundles are third-party wraps (servicemix) lagging POI's releases; it loads
 * whole workbooks into memory; and it would be the registry's largest dependency for reading cell values.
 * A roster needs text and numbers only: shared strings, inline strings, numbers, booleans. Dates arrive
 * as numbers (Excel serials) and are turned into dates by the column that expects one.
 *
 * <p>A workbook is read from disk sheet by sheet, row by row ({@link SheetRows}); only the shared strings are
 * held, within limits. The XML parsers are hardened: no DTDs, no external entities (a workbook is uploaded by
 * users), every part bounded ({@link WorkbookParts}).
 */
public final class XlsxReader {

    /** Refuse zip bombs: no part of a roster workbook needs more than this uncompressed. */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** The shared strings are the one part held in memory: bounded (a roster of 300,000 rows has fewer). */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_CHARS = 32_000_000;

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxReader() {
    }

    /** Whether the bytes start like a zip file (an XLSX) rather than text. */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Every sheet of the workbook, in workbook order, merged cells filled (all in memory: for tests and small files). */
    public static List<Sheet> read(byte[] bytes) {
        List<Sheet> sheets = new ArrayList<>();
        read(WorkbookParts.inMemory(bytes), name -> {
            List<Sheet.Row> rows = new ArrayList<>();
            sheets.add(new Sheet(name, rows));
            return rows::add;
        }, true);
        return sheets;
    }

    /** For tests and the template: reads every sheet of a workbook given as a stream. */
    public static List<Sheet> read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    /**
     * Reads a workbook from disk sheet by sheet, row by row: {@code sheets} is given each sheet's name and
     * answers where its rows go (null to skip the sheet). Only the shared strings are held in memory, within
     * limits; every part is read through a bound on its uncompressed size.
     *
     * @param mergedCells whether to fill merged ranges: a sheet lists them after its rows, so each sheet is then
     *                    read twice, first for its ranges (a check of the header rows does without)
     */
    public static void read(Path file, Function<String, Sheet.RowSink> sheets, boolean mergedCells) {
        try (WorkbookParts.OnDisk parts = WorkbookParts.onDisk(file)) {
            read(parts, sheets, mergedCells);
        }
    }

    private static void read(WorkbookParts parts, Function<String, Sheet.RowSink> sheets, boolean mergedCells) {
        try {
            Map<String, String> sheetIds;
            try (InputStream workbook = parts.open("xl/workbook.xml")) {
                if (workbook == null) {
                    throw new RosterFileException(ImportMessages.FILE_NOT_WORKBOOK);
                }
                sheetIds = sheetIds(workbook);
            }
            Map<String, String> targets;
            try (InputStream rels = parts.open("xl/_rels/workbook.xml.rels")) {
                targets = relations(rels);
            }
            List<String> shared;
            try (InputStream strings = parts.open("xl/sharedStrings.xml")) {
                shared = sharedStrings(strings);
            }
            boolean any = false;
            for (Map.Entry<String, String> sheet : sheetIds.entrySet()) {
                String target = targets.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                MergedCells merged = new MergedCells();
                try (InputStream part = parts.open(path)) {
                    if (part == null) {
                        continue;
                    }
                    any = true;
                    if (mergedCells) {
                        SheetRows.mergedCells(part, merged);
                    }
                }
                Sheet.RowSink sink = sheets.apply(sheet.getKey());
                if (sink != null) {
                    Sheet.RowSink rows = merged.filling(sink);
                    try (InputStream part = parts.open(path)) {
                        if (SheetRows.rows(part, shared, rows)) {
                            rows.end();
                        }
                    }
                }
            }
            if (!any) {
                throw new RosterFileException(ImportMessages.FILE_NO_SHEETS);
            }
        } catch (XMLStreamException e) {
            throw new RosterFileException(e, ImportMessages.FILE_DAMAGED, e.getMessage());
        } catch (IOException e) {
            throw new RosterFileException(e, ImportMessages.FILE_NOT_XLSX, e.getMessage());
        }
    }

    static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // not coalescing: text arrives in pieces, so text() can refuse a cell longer than Excel allows early
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f.createXMLStreamReader(xml);
    }

    /** The text of the current element, as getElementText, but at most {@link Csv#MAX_CELL_CHARS} of it. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() + r.getTextLength() > Csv.MAX_CELL_CHARS) {
                    throw new RosterFileException(ImportMessages.FILE_CELL_TOO_LONG, Csv.MAX_CELL_CHARS);
                }
                text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected element <" + r.getLocalName() + "> in a text", r.getLocation());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the document ends inside a text", r.getLocation());
            }
        }
        return text.toString();
    }

    /** Sheet name → relationship id, in workbook order. */
    private static Map<String, String> sheetIds(InputStream workbook) throws XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        XMLStreamReader r = reader(workbook);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                sheets.put(r.getAttributeValue(null, "name"), r.getAttributeValue(REL, "id"));
            }
        }
        return sheets;
    }

    private static Map<String, String> relations(InputStream rels) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        if (rels == null) {
            return targets;
        }
        XMLStreamReader r = reader(rels);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
            }
        }
        return targets;
    }

    /** The shared strings, rich text runs joined, phonetic runs (rPh) left out. */
    private static List<String> sharedStrings(InputStream xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (xml == null) {
            return strings;
        }
        XMLStreamReader r = reader(xml);
        StringBuilder current = null;
        int phonetic = 0;
        long chars = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = text(r);
                        if (current != null && phonetic == 0) {
                            current.append(text);
                            chars += text.length();
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si") && current != null) {
                    if (strings.size() >= MAX_SHARED_STRINGS || chars > MAX_SHARED_CHARS) {
                        throw new RosterFileException(ImportMessages.FILE_SHARED_STRINGS, MAX_SHARED_STRINGS,
                                MAX_SHARED_CHARS);
                    }
                    strings.add(current.length() > Csv.MAX_CELL_CHARS ? current.substring(0, Csv.MAX_CELL_CHARS)
                            : current.toString());
                    current = null;
                } else if (r.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return strings;
    }

    /**
     * 13800001111 rather than 1.3800001111E10; 3 rather than 3.0. A number of more than 15 digits (an ID number
     * typed into a number cell) is kept as Excel shows it, 4.30621E+17: Excel keeps 15 digits, the rest is lost,
     * and the import says so instead of reading made-up zeros.
     */
    static String plainNumber(String value) {
        try {
            BigDecimal n = new BigDecimal(value.trim()).stripTrailingZeros();
            if (n.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
                return new java.text.DecimalFormat("0.#####E0", java.text.DecimalFormatSymbols.getInstance(
                        java.util.Locale.ROOT)).format(n).replace("E", "E+");
            }
            return n.toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** "AB12" → 28 (1-based); beyond Excel's last column, {@link #MAX_COLUMNS} + 1. */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (index > MAX_COLUMNS) {
                return MAX_COLUMNS + 1; // and no overflow
            }
        }
        return index;
    }
}
