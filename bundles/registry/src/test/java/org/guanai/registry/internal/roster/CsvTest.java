package org.guanai.registry.internal.roster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.List;

import org.junit.Test;

public class CsvTest {

    private static final String TEXT = "户编号,姓名,备注\r\nH1,张三,\"两行\n备注, 带逗号\"\r\nH2,\"李\"\"四\"\"\",\n";

    @Test
    public void utf8WithAndWithoutBomReadsTheSame() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals(Csv.read(plain), Csv.read(bom));
        assertEquals("户编号", Csv.read(bom).rows().get(0).cell(0));
    }

    @Test
    public void gbkIsDetectedWhenTheBytesAreNotUtf8() {
        Sheet sheet = Csv.read(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals(List.of("户编号", "姓名", "备注"), sheet.rows().get(0).cells());
        assertEquals("张三", sheet.rows().get(1).cell(1));
    }

    @Test
    public void quotedFieldsSpanLinesAndRowsKeepTheirStartingLine() {
        Sheet sheet = Csv.read(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, sheet.rows().size());
        assertEquals(2, sheet.rows().get(1).line());
        assertEquals("两行\n备注, 带逗号", sheet.rows().get(1).cell(2));
        assertEquals(4, sheet.rows().get(2).line());
        assertEquals("李\"四\"", sheet.rows().get(2).cell(1));
        assertEquals("", sheet.rows().get(2).cell(2));
    }

    @Test
    public void writtenRowsReadBack() throws Exception {
        StringWriter w = new StringWriter();
        List<String> row = List.of("a,b", "say \"hi\"", "line\nbreak", " padded ", "plain", "");
        Csv.writeRow(w, row);
        assertEquals(row, Csv.parse(w.toString()).rows().get(0).cells());
    }

    /** OWASP's CSV-injection rule: no cell a spreadsheet opens can start a formula; the import reads the value back. */
    @Test
    public void aCellThatWouldStartAFormulaIsWrittenAsTextAndReadBackAsTyped() throws Exception {
        StringWriter w = new StringWriter();
        List<String> row = List.of("=1+2", "+86 138", "-5", "@SUM(1+1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"点\")", "李四");
        Csv.writeRow(w, row);
        List<String> written = Csv.parse(w.toString()).rows().get(0).cells();
        for (int i = 0; i < row.size() - 1; i++) {
            assertTrue(written.get(i), written.get(i).startsWith("'"));
            assertEquals(row.get(i).strip(), RosterValues.text(written.get(i)));
        }
        assertEquals("李四", written.get(row.size() - 1));
    }
}
