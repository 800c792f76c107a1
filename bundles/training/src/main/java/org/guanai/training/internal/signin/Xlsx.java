package org.guanai.training.internal.signin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.guanai.registry.api.ValidationException;
import org.guanai.training.internal.service.Text;

/**
 * The first worksheet of an XLSX workbook, with the JDK alone (the zip and StAX): shared strings, inline strings,
 * numbers and text. Bounded: each part is unpacked to at most {@link #MAX_PART_BYTES} (a zip bomb is refused), and
 * the XML parser reads no DTD and no external entity (the file is a user's upload).
 */
final class Xlsx {

    static final int MAX_PART_BYTES = 8 * 1024 * 1024;
    private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED = "xl/sharedStrings.xml";

    private Xlsx() {
    }

    static List<SheetRow> rows(byte[] zip) {
        byte[] sheet = null;
        byte[] firstOther = null;
        byte[] shared = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals(FIRST_SHEET)) {
                    sheet = part(in);
                } else if (name.equals(SHARED)) {
                    shared = part(in);
                } else if (firstOther == null && name.startsWith("xl/worksheets/sheet") && name.endsWith(".xml")) {
                    firstOther = part(in);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable();
        }
        byte[] chosen = sheet != null ? sheet : firstOther;
        if (chosen == null) {
            throw unreadable();
        }
        try {
            return sheet(chosen, shared == null ? List.of() : sharedStrings(shared));
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ValidationException) {
                throw (ValidationException) e;
            }
            throw unreadable();
        }
    }

    private static ValidationException unreadable() {
        return ValidationException.of("file", Text.text("signIn.xlsxUnreadable"));
    }

    private static byte[] part(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > MAX_PART_BYTES) {
                throw ValidationException.of("file", Text.text("signIn.xlsxTooLarge",
                        MAX_PART_BYTES / (1024 * 1024)));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLStreamReader parser(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader r = parser(xml);
        StringBuilder text = null;
        boolean inPhonetic = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("si")) {
                    text = new StringBuilder();
                } else if (name.equals("rPh")) {
                    inPhonetic = true;
                } else if (name.equals("t") && text != null && !inPhonetic) {
                    text.append(r.getElementText());
                    if (text.length() > SheetReader.MAX_CELL_CHARS * 4) {
                        text.setLength(SheetReader.MAX_CELL_CHARS * 4);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si")) {
                    strings.add(text == null ? "" : text.toString());
                    text = null;
                } else if (r.getLocalName().equals("rPh")) {
                    inPhonetic = false;
                }
            }
        }
        return strings;
    }

    private static List<SheetRow> sheet(byte[] xml, List<String> shared) throws XMLStreamException {
        List<SheetRow> rows = new ArrayList<>();
        XMLStreamReader r = parser(xml);
        TreeMap<Integer, String> cells = null;
        int line = 0;
        int column = 0;
        String type = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row":
                        String at = r.getAttributeValue(null, "r");
                        line = at == null ? line + 1 : Integer.parseInt(at);
                        cells = new TreeMap<>();
                        column = 0;
                        break;
                    case "c":
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : column(ref);
                        type = r.getAttributeValue(null, "t");
                        SheetReader.checkShape(rows.size(), column, line);
                        break;
                    case "v":
                        cells.put(column, value(r.getElementText(), type, shared, line));
                        break;
                    case "t":
                        if ("inlineStr".equals(type)) {
                            cells.merge(column, SheetReader.cell(r.getElementText(), line), String::concat);
                        }
                        break;
                    default:
                        break;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                List<String> list = new ArrayList<>();
                int last = cells.isEmpty() ? 0 : cells.lastKey();
                for (int i = 1; i <= last; i++) {
                    list.add(cells.getOrDefault(i, ""));
                }
                rows.add(new SheetRow(line, list));
                SheetReader.checkShape(rows.size(), list.size(), line);
            }
        }
        return rows;
    }

    private static String value(String raw, String type, List<String> shared, int line) {
        if ("s".equals(type)) {
            int i = Integer.parseInt(raw.trim());
            return SheetReader.cell(i >= 0 && i < shared.size() ? shared.get(i) : "", line);
        }
        if (type == null || "n".equals(type)) {
            try {
                return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return SheetReader.cell(raw, line);
            }
        }
        return SheetReader.cell(raw, line);
    }

    /** "C12" → 3: the column letters of a cell reference, 1-based. */
    static int column(String ref) {
        int column = 0;
        for (char c : ref.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }
}
