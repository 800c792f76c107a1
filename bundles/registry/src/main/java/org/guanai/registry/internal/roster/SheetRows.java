package org.guanai.registry.internal.roster;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** One sheet part of a workbook, streamed: its merged ranges, then its rows one at a time. */
final class SheetRows {

    private SheetRows() {
    }

    /** Gathers the sheet's merged ranges (listed after its rows) into {@code merged}, holding nothing else. */
    static void mergedCells(InputStream xml, MergedCells merged) throws XMLStreamException {
        XMLStreamReader r = XlsxReader.reader(xml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
                merged.add(MergedCells.range(r.getAttributeValue(null, "ref")));
            }
        }
    }

    /** Hands each row to {@code rows}; false when it said stop. */
    static boolean rows(InputStream xml, List<String> shared, Sheet.RowSink rows) throws XMLStreamException {
        XMLStreamReader r = XlsxReader.reader(xml);
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
                        rowNumber = n == null ? rowNumber + 1 : rowNumber(n);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : XlsxReader.columnIndex(ref);
                        if (column > XlsxReader.MAX_COLUMNS) {
                            throw new RosterFileException(ImportMessages.FILE_ROW_BEYOND_XFD, rowNumber);
                        }
                        type = r.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = XlsxReader.text(r);
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String text = XlsxReader.text(r);
                        if (inline != null) {
                            if (inline.length() + text.length() > Csv.MAX_CELL_CHARS) {
                                throw new RosterFileException(ImportMessages.FILE_ROW_CELL_TOO_LONG, rowNumber,
                                        Csv.MAX_CELL_CHARS);
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
                        return false;
                    }
                    cells = null;
                }
            }
        }
        return true;
    }

    private static int rowNumber(String n) throws XMLStreamException {
        try {
            int row = Integer.parseInt(n.trim());
            if (row < 1 || row > 1_048_576) {
                throw new NumberFormatException();
            }
            return row;
        } catch (NumberFormatException e) {
            throw new XMLStreamException("row number " + n + " is not one of Excel's (1 to 1048576)");
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
            int index;
            try {
                index = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return "";
            }
            return index >= 0 && index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return XlsxReader.plainNumber(value);
        }
        return value; // str (formula result), e (error)
    }
}
