package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Roster workbooks written with the JDK alone. Every cell is an inline string: ID numbers stay text, and no
 * cell is ever a formula, whatever it starts with (a name such as {@code =1+2} is shown as typed).
 */
public final class XlsxWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxWriter() {
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

    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }
}
