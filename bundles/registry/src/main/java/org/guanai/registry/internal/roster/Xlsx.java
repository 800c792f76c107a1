package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

/**
 * Roster workbooks (XLSX, Office Open XML), read and written with the JDK alone: the zip, and StAX over
 * the few parts a roster needs (the workbook's sheet list and relations, shared strings, the sheets).
 *
 * <p>Why not Apache POI: POI is ~15 MB with its OOXML schemas and commons-compress, collections4, math3
 * and xmlbeans, whose OSGi bundles are third-party wraps (servicemix) lagging POI's releases; it loads
 * whole workbooks into memory; and it would be the registry's largest dependency for reading cell values.
 * A roster needs text and numbers only: shared strings, inline strings, numbers, booleans. Dates arrive
 * as numbers (Excel serials) and are turned into dates by the column that expects one.
 *
 * <p>The XML parsers are hardened: no DTDs, no external entities (a workbook is uploaded by users).
 */
public final class Xlsx {

    /** Refuse zip bombs: no part of a roster workbook needs more than this uncompressed. */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    /** Excel's last column, XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** The shared strings are the one part held in memory: bounded (a roster of 300,000 rows has fewer). */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_CHARS = 32_000_000;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Xlsx() {
    }

    /** Whether the bytes start like a zip file (an XLSX) rather than text. */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Every sheet of the workbook, in workbook order (all in memory: for tests and small files). */
    public static List<Sheet> read(byte[] bytes) {
        List<Sheet> sheets = new ArrayList<>();
        read(WorkbookParts.inMemory(bytes), name -> {
            List<Sheet.Row> rows = new ArrayList<>();
            sheets.add(new Sheet(name, rows));
            return rows::add;
        });
        return sheets;
    }

    /**
     * Reads a workbook from disk sheet by sheet, row by row: {@code sheets} is given each sheet's name and
     * answers where its rows go (null to skip the sheet). Only the shared strings are held in memory, within
     * limits; every part is read through a bound on its uncompressed size.
     */
    public static void read(Path file, Function<String, Sheet.RowSink> sheets) {
        try (WorkbookParts.OnDisk parts = WorkbookParts.onDisk(file)) {
            read(parts, sheets);
        }
    }

    private static void read(WorkbookParts parts, Function<String, Sheet.RowSink> sheets) {
        try {
            Map<String, String> sheetIds;
            try (InputStream workbook = parts.open("xl/workbook.xml")) {
                if (workbook == null) {
                    throw new RosterFileException("not an Excel workbook (xl/workbook.xml is missing)");
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
                try (InputStream part = parts.open(path)) {
                    if (part != null) {
                        any = true;
                        Sheet.RowSink sink = sheets.apply(sheet.getKey());
                        if (sink != null) {
                            rows(part, shared, sink);
                        }
                    }
                }
            }
            if (!any) {
                throw new RosterFileException("the workbook has no sheets");
            }
        } catch (XMLStreamException e) {
            throw new RosterFileException("the workbook is damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new RosterFileException("not a readable XLSX file (" + e.getMessage() + ")", e);
        }
    }

    private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // not coalescing: text arrives in pieces, so text() can refuse a cell longer than Excel allows early
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f.createXMLStreamReader(xml);
    }

    /** The text of the current element, as getElementText, but at most {@link Csv#MAX_CELL_CHARS} of it. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (text.length() + r.getTextLength() > Csv.MAX_CELL_CHARS) {
                    throw new RosterFileException("a cell longer than " + Csv.MAX_CELL_CHARS
                            + " characters (Excel's limit): not a roster workbook");
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
                        throw new RosterFileException("more than " + MAX_SHARED_STRINGS + " different texts or "
                                + MAX_SHARED_CHARS + " characters of them: not a roster workbook");
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

    private static void rows(InputStream xml, List<String> shared, Sheet.RowSink rows) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : columnIndex(ref);
                        if (column > MAX_COLUMNS) {
                            throw new RosterFileException("row " + rowNumber + " has a cell beyond column "
                                    + columnName(MAX_COLUMNS) + " (Excel's last): not a roster workbook");
                        }
                        type = r.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = text(r);
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String text = text(r);
                        if (inline != null) {
                            if (inline.length() + text.length() > Csv.MAX_CELL_CHARS) {
                                throw new RosterFileException("row " + rowNumber + " has a cell longer than "
                                        + Csv.MAX_CELL_CHARS + " characters (Excel's limit): not a roster workbook");
                            }
                            inline.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("c") && cells != null) {
                    while (cells.size() < column - 1) {
                        cells.add("");
                    }
                    cells.add(cellText(type, value, inline, shared));
                } else if (r.getLocalName().equals("row") && cells != null) {
                    if (!rows.row(new Sheet.Row(rowNumber, List.copyOf(cells)))) {
                        return;
                    }
                    cells = null;
                }
            }
        }
    }

    private static String cellText(String type, String value, StringBuilder inline, List<String> shared) {
        if ("inlineStr".equals(type)) {
            return inline == null ? "" : inline.toString();
        }
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            int index = Integer.parseInt(value.trim());
            return index >= 0 && index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return plainNumber(value);
        }
        return value; // str (formula result), e (error)
    }

    /** 13800001111 rather than 1.3800001111E10; 3 rather than 3.0. */
    static String plainNumber(String value) {
        try {
            return new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** "AB12" → 28 (1-based). */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            if (index > MAX_COLUMNS) {
                return MAX_COLUMNS + 1; // beyond Excel's last column, and no overflow
            }
        }
        return index;
    }

    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /**
     * Writes a workbook with one sheet of text cells (inline strings, so ID numbers stay text and no
     * shared-string table is needed): the smallest file Excel, WPS and LibreOffice open without complaint.
     */
    public static void write(OutputStream target, String sheetName, Iterable<List<String>> rows) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        try {
            java.io.StringWriter wb = new java.io.StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(wb);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("workbook");
            w.writeDefaultNamespace(MAIN);
            w.writeNamespace("r", REL);
            w.writeStartElement("sheets");
            w.writeEmptyElement("sheet");
            w.writeAttribute("name", sheetName);
            w.writeAttribute("sheetId", "1");
            w.writeAttribute("r", REL, "id", "rId1");
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            put(zip, "xl/workbook.xml", wb.toString());

            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            XMLStreamWriter s = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            s.writeStartDocument("UTF-8", "1.0");
            s.writeStartElement("worksheet");
            s.writeDefaultNamespace(MAIN);
            s.writeStartElement("sheetData");
            int rowNumber = 0;
            for (List<String> row : rows) {
                rowNumber++;
                s.writeStartElement("row");
                s.writeAttribute("r", Integer.toString(rowNumber));
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    s.writeStartElement("c");
                    s.writeAttribute("r", columnName(i + 1) + rowNumber);
                    s.writeAttribute("t", "inlineStr");
                    s.writeStartElement("is");
                    s.writeStartElement("t");
                    if (!v.equals(v.strip()) || v.indexOf('\n') >= 0) {
                        s.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                    }
                    s.writeCharacters(v);
                    s.writeEndElement();
                    s.writeEndElement();
                    s.writeEndElement();
                }
                s.writeEndElement();
            }
            s.writeEndElement();
            s.writeEndElement();
            s.writeEndDocument();
            s.flush();
            zip.closeEntry();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        zip.finish();
        zip.flush();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** For tests and the template: reads every sheet of a workbook given as a stream. */
    public static List<Sheet> read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }
}
