package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.guanai.registry.api.roster.RosterColumn;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Roster files read from disk row by row (issue 9, finding 3: a 60 MB upload held whole in memory, six at
 * once ran the server out of heap): the same rows as before, and files that are no roster refused after their
 * first row, whatever their size.
 */
public class RosterFileStreamingTest {

    private static final String TEXT = "户编号,姓名,备注\r\nH1,张三,\"两行\n备注, 带逗号\"\r\nH2,\"李\"\"四\"\"\",\n";

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void aCsvFileReadsAsItsBytesDo() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            for (String bom : List.of("", "\uFEFF")) {
                if (!bom.isEmpty() && charset != StandardCharsets.UTF_8) {
                    continue;
                }
                byte[] bytes = (bom + TEXT).getBytes(charset);
                Path file = write(bytes);
                List<Sheet.Row> rows = new ArrayList<>();
                Csv.read(file, rows::add);
                assertEquals(charset + bom, Csv.read(bytes).rows(), rows);
            }
        }
    }

    @Test
    public void aRowSinkStopsTheReading() throws Exception {
        Path file = write(TEXT.getBytes(StandardCharsets.UTF_8));
        List<Sheet.Row> rows = new ArrayList<>();
        Csv.read(file, row -> rows.add(row) && false);
        assertEquals(1, rows.size());
    }

    @Test
    public void aFileThatIsNoRosterIsRefusedAfterItsFirstRowWhateverItsSize() throws Exception {
        // 20 MB of one long line of letters: before, read whole (and decoded, and split) before its header was looked at
        Path file = tmp.newFile("big.csv").toPath();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = "abcdefghij,".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20 * 1024 * 1024 / chunk.length; i++) {
                out.write(chunk);
            }
        }
        try {
            RosterReader.check(file);
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("longer than") || en(e).contains("no sheet"));
        }
        Path lines = tmp.newFile("lines.csv").toPath();
        Files.writeString(lines, "a,b,c\n" + "1,2,3\n".repeat(100_000));
        try {
            RosterReader.check(lines);
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("no sheet has a header row with roster columns"));
        }
    }

    @Test
    public void aRosterOnlyKeepsItsColumnsAndAtMostTheRowsAllowed() throws Exception {
        StringBuilder csv = new StringBuilder("户编号,姓名,whatever\n");
        for (int i = 0; i < 50; i++) {
            csv.append("H").append(i).append(",张").append(i).append(",").append("x".repeat(1000)).append('\n');
        }
        Path file = write(csv.toString().getBytes(StandardCharsets.UTF_8));
        RosterReader.check(file);
        RosterReader reader = RosterReader.read(file, 50);
        assertEquals(50, reader.lines.size());
        assertEquals("张49", reader.lines.get(49).get(RosterColumn.NAME));
        try {
            RosterReader.read(file, 49);
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("more than 49 rows (line 51)"));
        }
    }

    @Test
    public void aCellLongerThanExcelAllowsIsNoRoster() throws Exception {
        Path file = write(("户编号,姓名\nH1,\"" + "长".repeat(Csv.MAX_CELL_CHARS + 1) + "\"\n").getBytes(StandardCharsets.UTF_8));
        try {
            RosterReader.read(file, 10);
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("line 2 has a cell longer than 32767"));
        }
    }

    @Test
    public void anEmptyFileIsRefused() throws Exception {
        try {
            RosterReader.check(tmp.newFile("empty.csv").toPath());
            fail();
        } catch (RosterFileException e) {
            assertEquals("文件为空", e.getMessage());
            assertEquals("the file is empty", en(e));
        }
    }

    @Test
    public void aWorkbookFileReadsAsItsBytesDo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> rows = List.of(List.of("户编号", "姓名"), List.of("H1", "王秀英"), List.of("H2", "李 明"));
        XlsxWriter.write(out, "花名册", rows);
        Path file = write(out.toByteArray());
        List<String> names = new ArrayList<>();
        List<Sheet.Row> read = new ArrayList<>();
        XlsxReader.read(file, name -> {
            names.add(name);
            return read::add;
        }, true);
        assertEquals(List.of("花名册"), names);
        assertEquals(XlsxReader.read(out.toByteArray()).get(0).rows(), read);
        RosterReader reader = RosterReader.read(file, 10);
        assertEquals("李 明", reader.lines.get(1).get(RosterColumn.NAME));
    }

    @Test
    public void oneXmlTokenLargerThanARosterNeedsIsRefusedBeforeTheParserHoldsIt() throws Exception {
        Path file = tmp.newFile("bomb.xlsx").toPath();
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            oneSheet(z);
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.OutputStreamWriter(z, StandardCharsets.UTF_8);
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>户编号</t></is></c></row><!--");
            char[] spaces = new char[1024 * 1024];
            java.util.Arrays.fill(spaces, ' ');
            for (long written = 0; written <= 2 * XmlTokenBound.MAX_TOKEN_BYTES; written += spaces.length) {
                w.write(spaces);
            }
            w.write("--></sheetData></worksheet>");
            w.flush();
            z.closeEntry();
        }
        try {
            RosterReader.read(file, 10);
            fail();
        } catch (RosterFileException e) {
            assertEquals("xl/worksheets/sheet1.xml has an XML comment longer than 1 MB: not a roster workbook", en(e));
            assertEquals("xl/worksheets/sheet1.xml 中的 XML comment 超过 1 MB：不是花名册工作簿", e.getMessage());
        }
        try {
            RosterReader.check(file); // the header is looked for below the first row (titles): the comment is reached
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("has an XML comment longer than 1 MB"));
        }
    }

    @Test
    public void mergedCellsListedAfterTheRowsFillTheRowsStreamedFromDisk() throws Exception {
        // a two-row 序号 whose lower row Excel leaves out, a group label over two columns, a household's 户编号
        // merged down two rows: the ranges come after sheetData, the rows are streamed, not held
        Path file = tmp.newFile("merged.xlsx").toPath();
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            oneSheet(z);
            put(z, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>"
                    + "<row r=\"1\">" + inline("A1", "序号") + inline("B1", "父亲情况") + "</row>"
                    + "<row r=\"3\">" + inline("A3", "H1") + inline("B3", "甲") + "</row>"
                    + "<row r=\"4\">" + inline("B4", "乙") + "</row>"
                    + "</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:C1\"/>"
                    + "<mergeCell ref=\"A3:A4\"/></mergeCells></worksheet>");
        }
        List<Sheet.Row> read = new ArrayList<>();
        XlsxReader.read(file, name -> read::add, true);
        assertEquals(List.of(new Sheet.Row(1, List.of("序号", "父亲情况", "父亲情况")), new Sheet.Row(2, List.of("序号")),
                new Sheet.Row(3, List.of("H1", "甲")), new Sheet.Row(4, List.of("H1", "乙"))), read);
        assertEquals(XlsxReader.read(Files.readAllBytes(file)).get(0).rows(), read);
        List<Sheet.Row> unfilled = new ArrayList<>();
        XlsxReader.read(file, name -> unfilled::add, false);
        assertEquals(List.of("H1", "甲"), unfilled.get(1).cells());
        assertEquals(List.of("", "乙"), unfilled.get(2).cells());
    }

    @Test
    public void aCountyWorkbookReadFromDiskReadsAsItsBytesDo() throws Exception {
        CountyRosterFile county = CountyRosterFile.children()
                .row("李浩然", "男", "430621201603081133", "2016/3/8", "荣家湾镇", "城东村", "中心小学", "四年级",
                        "李建国", "广东东莞", "13800138000", "王芳", "在家", "", "张桂兰", "祖母", "430621196105120423",
                        "0730-7612345", "良好", "");
        byte[] xlsx = county.xlsx();
        Path file = write(xlsx);
        RosterReader fromDisk = RosterReader.read(file, 10);
        RosterReader fromBytes = RosterReader.read(xlsx);
        assertEquals(fromBytes.mapping, fromDisk.mapping);
        assertEquals(fromBytes.layout, fromDisk.layout);
        assertEquals(fromBytes.linesOther, fromDisk.linesOther);
        assertEquals(1, fromDisk.lines.size());
        assertEquals("李浩然", fromDisk.lines.get(0).get(RosterColumn.NAME));
        assertEquals(fromDisk.mapping, RosterReader.check(file).mapping);
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    public void aCellBeyondExcelsLastColumnIsNoRoster() throws Exception {
        Path file = tmp.newFile("wide.xlsx").toPath();
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            oneSheet(z);
            put(z, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"ZZZZZZZZZZ1\" t=\"inlineStr\"><is><t>户编号</t></is></c></row>"
                    + "</sheetData></worksheet>");
        }
        try {
            RosterReader.check(file);
            fail();
        } catch (RosterFileException e) {
            assertTrue(en(e), en(e).contains("beyond column XFD"));
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = tmp.newFile().toPath();
        Files.write(file, bytes);
        return file;
    }

    /** A workbook's list of one sheet, xl/worksheets/sheet1.xml, whose part the test writes. */
    private static void oneSheet(ZipOutputStream z) throws IOException {
            put(z, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    }

    private static void put(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** Why, in English (getMessage() is the Chinese). */
    private static String en(RosterFileException e) {
        return e.text().render(Locale.ENGLISH);
    }
}
