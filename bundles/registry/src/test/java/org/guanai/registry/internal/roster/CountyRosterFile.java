package org.guanai.registry.internal.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A roster file as a county's office makes it, for tests: a title row, a filing line, a header in one row or in
 * two (group labels such as 父亲情况 above their sub-headers), data rows, a 合计 row; as CSV in any charset (what
 * Excel saves: merged cells as their first cell only) or as an XLSX workbook (merged title and group cells,
 * numbers and dates as Excel numbers, a notes sheet).
 */
public final class CountyRosterFile {

    /** An Excel date cell: its serial number in the workbook, yyyy/M/d in CSV (as Excel saves it). */
    public record ExcelDate(LocalDate date) {
    }

    /** A number cell (a phone typed as a number, an ID number Excel turned into 4.30621E+17). */
    public record ExcelNumber(double value) {
    }

    public String title = "岳阳县荣家湾镇留守儿童花名册";
    public String filing = "填报单位：荣家湾镇妇联（盖章）        填报日期：2026年3月1日";
    /** Group labels above {@link #headers} (same size; "" under none), or null for a one-row header. */
    public List<String> groups;
    public final List<String> headers = new ArrayList<>();
    public final List<List<Object>> rows = new ArrayList<>();
    public String total = "合计";
    public String notesSheet = "填表说明：1. 身份证号码请设为文本格式。2. 监护能力填 良好/较弱/无。";

    /** The county's children's roster layout, with its two-row header. */
    public static CountyRosterFile children() {
        CountyRosterFile f = new CountyRosterFile();
        f.groups = List.of("", "", "", "", "", "", "", "", "", "父亲情况", "父亲情况", "父亲情况", "母亲情况", "母亲情况",
                "母亲情况", "监护人情况", "监护人情况", "监护人情况", "监护人情况", "监护人情况", "");
        f.headers.addAll(List.of("序号", "姓名", "性别", "身份证号码", "出生日期", "所在乡镇", "所在村", "就读学校", "年级",
                "姓名", "务工地点", "联系电话", "姓名", "务工地点", "联系电话",
                "姓名", "与儿童关系", "身份证号码", "联系电话", "监护能力", "备注"));
        return f;
    }

    public CountyRosterFile row(Object... cells) {
        List<Object> row = new ArrayList<>();
        row.add(rows.size() + 1);
        for (Object c : cells) {
            row.add(c);
        }
        rows.add(row);
        return this;
    }

    /** The 1-based line of the {@code i}-th data row (0-based) in the file. */
    public int line(int i) {
        return (title == null ? 0 : 1) + (filing == null ? 0 : 1) + (groups == null ? 1 : 2) + i + 1;
    }

    public byte[] csv(Charset charset) {
        StringBuilder s = new StringBuilder();
        int width = headers.size();
        if (title != null) {
            line(s, List.of(title), width);
        }
        if (filing != null) {
            line(s, List.of(filing), width);
        }
        if (groups != null) {
            List<Object> top = new ArrayList<>();
            String last = null;
            for (String g : groups) {
                top.add(g.equals(last) ? "" : g); // Excel saves a merged range as its first cell
                last = g;
            }
            line(s, top, width);
        }
        line(s, new ArrayList<>(headers), width);
        for (List<Object> row : rows) {
            line(s, row, width);
        }
        if (total != null) {
            line(s, List.of(total, "", rows.size() + "人"), width);
        }
        return s.toString().getBytes(charset);
    }

    private static void line(StringBuilder s, List<?> cells, int width) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                s.append(',');
            }
            Object c = i < cells.size() ? cells.get(i) : "";
            String v = c instanceof ExcelDate d ? d.date.getYear() + "/" + d.date.getMonthValue() + "/" + d.date.getDayOfMonth()
                    : c instanceof ExcelNumber n ? excel(n.value) : String.valueOf(c);
            s.append(v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        s.append("\r\n");
    }

    /** A number as Excel shows it in a General cell: 13800001111, or 4.30621E+17 beyond 11 digits. */
    private static String excel(double v) {
        if (Math.abs(v) >= 1e11) {
            return new java.text.DecimalFormat("0.#####E0").format(v).replace("E", "E+");
        }
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    public byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"填表说明\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheet());
            put(zip, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\"><sheetData><row r=\"1\">" + cell("A1", notesSheet) + "</row></sheetData></worksheet>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String sheet() {
        StringBuilder s = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        List<String> merges = new ArrayList<>();
        String last = XlsxWriter.columnName(headers.size());
        int r = 0;
        if (title != null) {
            r++;
            s.append("<row r=\"").append(r).append("\">").append(cell("A" + r, title)).append("</row>");
            merges.add("A" + r + ":" + last + r);
        }
        if (filing != null) {
            r++;
            s.append("<row r=\"").append(r).append("\">").append(cell("A" + r, filing)).append("</row>");
            merges.add("A" + r + ":" + last + r);
        }
        if (groups != null) {
            r++;
            s.append("<row r=\"").append(r).append("\">");
            int start = 0;
            for (int i = 0; i <= groups.size(); i++) {
                if (i == groups.size() || !groups.get(i).equals(groups.get(start))) {
                    String from = XlsxWriter.columnName(start + 1);
                    if (groups.get(start).isEmpty()) {
                        for (int j = start; j < i; j++) { // one-row headers span both header rows
                            String col = XlsxWriter.columnName(j + 1);
                            s.append(cell(col + r, headers.get(j)));
                            merges.add(col + r + ":" + col + (r + 1));
                        }
                    } else {
                        s.append(cell(from + r, groups.get(start)));
                        merges.add(from + r + ":" + XlsxWriter.columnName(i) + r);
                    }
                    start = i;
                }
            }
            s.append("</row>");
        }
        r++;
        s.append("<row r=\"").append(r).append("\">");
        for (int i = 0; i < headers.size(); i++) {
            if (groups == null || !groups.get(i).isEmpty()) {
                s.append(cell(XlsxWriter.columnName(i + 1) + r, headers.get(i)));
            }
        }
        s.append("</row>");
        for (List<Object> row : rows) {
            r++;
            s.append("<row r=\"").append(r).append("\">");
            for (int i = 0; i < row.size(); i++) {
                s.append(cell(XlsxWriter.columnName(i + 1) + r, row.get(i)));
            }
            s.append("</row>");
        }
        if (total != null) {
            r++;
            s.append("<row r=\"").append(r).append("\">").append(cell("A" + r, total))
                    .append(cell("C" + r, rows.size() + "人")).append("</row>");
        }
        s.append("</sheetData><mergeCells count=\"").append(merges.size()).append("\">");
        merges.forEach(m -> s.append("<mergeCell ref=\"").append(m).append("\"/>"));
        return s.append("</mergeCells></worksheet>").toString();
    }

    private static String cell(String ref, Object value) {
        if (value instanceof ExcelDate d) {
            long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d.date);
            return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
        }
        if (value instanceof ExcelNumber n) {
            return "<c r=\"" + ref + "\"><v>" + n.value + "</v></c>";
        }
        if (value instanceof Integer i) {
            return "<c r=\"" + ref + "\"><v>" + i + "</v></c>";
        }
        String v = String.valueOf(value);
        if (v.isEmpty()) {
            return "";
        }
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v.replace("&", "&amp;").replace("<", "&lt;")
                + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + content).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
