package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Test;

public class XlsxTest {

    @Test
    public void writtenWorkbookReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = List.of(List.of("户编号", "身份证号码", "备注"),
                List.of("H1", "430621198001011234", " 两行\n备注 "), List.of("H2", "", "x"));
        XlsxWriter.write(out, "花名册", rows);
        assertTrue(XlsxReader.looksLikeZip(out.toByteArray()));
        List<Sheet> sheets = XlsxReader.read(out.toByteArray());
        assertEquals(1, sheets.size());
        assertEquals("花名册", sheets.get(0).name());
        assertEquals(rows.get(0), sheets.get(0).rows().get(0).cells());
        assertEquals(rows.get(1), sheets.get(0).rows().get(1).cells());
        assertEquals(List.of("H2", "", "x"), sheets.get(0).rows().get(2).cells());
        assertEquals(3, sheets.get(0).rows().get(2).line());
    }

    /** What Excel writes: shared strings (with a phonetic run), numbers, a date serial, gaps, several sheets. */
    @Test
    public void excelStyleWorkbookWithSharedStringsNumbersAndSheets() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            put(z, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"户\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"人员\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>");
            put(z, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>户编号</t></si><si><r><t>外出</t></r><r><t>时间</t></r><rPh><t>ワイ</t></rPh></si>"
                    + "<si><t>H1</t></si></sst>");
            put(z, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
                    + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>13800001111</v></c>"
                    + "<c r=\"C3\" s=\"1\"><v>44927</v></c><c r=\"D3\"><v>3.50</v></c></row></sheetData></worksheet>");
            put(z, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row></sheetData></worksheet>");
        }
        List<Sheet> sheets = XlsxReader.read(zip.toByteArray());
        assertEquals(List.of("户", "人员"), sheets.stream().map(Sheet::name).toList());
        assertEquals(List.of("户编号", "", "外出时间"), sheets.get(0).rows().get(0).cells());
        Sheet.Row row = sheets.get(0).rows().get(1);
        assertEquals(3, row.line());
        assertEquals(List.of("H1", "13800001111", "44927", "3.5"), row.cells());
        assertEquals(java.time.LocalDate.of(2023, 1, 1), RosterValues.date(row.cell(2)));
        assertEquals("姓名", sheets.get(1).rows().get(0).cell(0));
    }

    @Test
    public void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            put(z, "word/document.xml", "<document/>");
        }
        try {
            XlsxReader.read(zip.toByteArray());
            fail();
        } catch (RosterFileException e) {
            assertTrue(e.getMessage(), e.text().render(Locale.ENGLISH).contains("workbook"));
        }
    }

    private static void put(ZipOutputStream z, String name, String xml) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
