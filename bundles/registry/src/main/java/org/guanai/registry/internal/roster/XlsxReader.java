package org.guanai.registry.internal.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
 * <p>The XML parsers are hardened: no DTDs, no external entities (a workbook is uploaded by users).
 */
public final class XlsxReader {

    /** Refuse zip bombs: no part of a roster workbook needs more than this uncompressed. */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxReader() {
    }

    /** Whether the bytes start like a zip file (an XLSX) rather than text. */
    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Every sheet of the workbook, in workbook order. */
    public static List<Sheet> read(byte[] bytes) {
        Map<String, byte[]> parts = unzip(bytes);
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            throw new RosterFileException("not an Excel workbook (xl/workbook.xml is missing)");
        }
        try {
            Map<String, String> targets = relations(parts.get("xl/_rels/workbook.xml.rels"));
            List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
            List<Sheet> sheets = new ArrayList<>();
            for (Map.Entry<String, String> sheet : sheetIds(workbook).entrySet()) {
                String target = targets.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                byte[] part = parts.get(path);
                if (part != null) {
                    sheets.add(new Sheet(sheet.getKey(), rows(part, shared)));
                }
            }
            if (sheets.isEmpty()) {
                throw new RosterFileException("the workbook has no sheets");
            }
            return sheets;
        } catch (XMLStreamException e) {
            throw new RosterFileException("the workbook is damaged (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                    continue;
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                long total = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_PART_BYTES) {
                        throw new RosterFileException(name + " is larger than " + MAX_PART_BYTES / 1024 / 1024
                                + " MB uncompressed: not a roster workbook");
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        } catch (IOException e) {
            throw new RosterFileException("not a readable XLSX file (" + e.getMessage() + ")", e);
        }
        return parts;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Sheet name → relationship id, in workbook order. */
    private static Map<String, String> sheetIds(byte[] workbook) throws XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        XMLStreamReader r = reader(workbook);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                sheets.put(r.getAttributeValue(null, "name"), r.getAttributeValue(REL, "id"));
            }
        }
        return sheets;
    }

    private static Map<String, String> relations(byte[] rels) throws XMLStreamException {
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
    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (xml == null) {
            return strings;
        }
        XMLStreamReader r = reader(xml);
        StringBuilder current = null;
        int phonetic = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String text = r.getElementText();
                        if (current != null && phonetic == 0) {
                            current.append(text);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si") && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if (r.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return strings;
    }

    /**
     * The rows of a sheet. A merged range (a title across the sheet, 父亲情况 above its three columns, 序号 over
     * two header rows) has its value in its first cell only: it is copied into every cell of the range, as a
     * person reading the sheet sees it.
     */
    private static List<Sheet.Row> rows(byte[] xml, List<String> shared) throws XMLStreamException {
        Map<Integer, List<String>> rows = new TreeMap<>();
        List<int[]> merged = new ArrayList<>();
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
                        type = r.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String text = r.getElementText();
                        if (inline != null) {
                            inline.append(text);
                        }
                    }
                    case "mergeCell" -> {
                        int[] range = MergedCells.range(r.getAttributeValue(null, "ref"));
                        if (range != null) {
                            merged.add(range);
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
                    rows.put(rowNumber, cells);
                    cells = null;
                }
            }
        }
        MergedCells.fill(rows, merged);
        List<Sheet.Row> out = new ArrayList<>();
        rows.forEach((n, c) -> out.add(new Sheet.Row(n, List.copyOf(c))));
        return out;
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

    /** "AB12" → 28 (1-based). */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index;
    }

    /** For tests and the template: reads every sheet of a workbook given as a stream. */
    public static List<Sheet> read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }
}
