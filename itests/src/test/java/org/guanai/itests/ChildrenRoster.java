package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A township's 留守儿童花名册 as its office keeps it in Excel: a title, a filing line, a header in two rows (父亲情况,
 * 母亲情况, 监护人情况 above their columns), two children per family with the father away and the grandmother as
 * guardian, a 合计 row; and four rows wrong the way real ones are (no 姓名, a 出生日期 that is not the ID number's,
 * an ID number Excel turned into 4.30621E+17, a village the county does not have). As UTF-8 or GBK CSV, or as an
 * XLSX workbook with merged cells, dates and phones stored as Excel numbers and a notes sheet.
 */
final class ChildrenRoster {

    static final String[] TOP = {"序号", "姓名", "性别", "身份证号码", "出生日期", "所在乡镇", "所在村", "就读学校", "年级",
        "父亲情况", "", "", "母亲情况", "", "", "监护人情况", "", "", "", "", "备注"};
    static final String[] SUB = {"", "", "", "", "", "", "", "", "", "姓名", "务工地点", "联系电话", "姓名", "务工地点",
        "联系电话", "姓名", "与儿童关系", "身份证号码", "联系电话", "监护能力", ""};
    /** Rows above the data: title, filing line, two header rows. */
    static final int ABOVE = 4;

    final String prefix;
    final int families;
    final List<Object[]> rows = new ArrayList<>();
    /** Line → the column the report names. */
    final Map<Integer, String> defects = new LinkedHashMap<>();

    /** @param region a 6-digit region for ID numbers that no other test of the container uses */
    ChildrenRoster(String prefix, String region, int families) {
        this.prefix = prefix;
        this.families = families;
        LocalDate today = LocalDate.now();
        String[][] villages = {{"荣家湾镇", "古洲湾村"}, {"黄沙街镇", "石门村"}, {"公田镇", "柏祥村"}};
        for (int i = 0; i < families; i++) {
            String[] v = villages[i % villages.length];
            String s = prefix + "家" + i;
            LocalDate older = today.minusYears(9).minusDays(i);
            String grandma = id(region, today.minusYears(64).minusDays(i), true, 1);
            for (int k = 0; k < 2; k++) {
                LocalDate born = k == 0 ? older : older.plusYears(3);
                rows.add(new Object[] {rows.size() + 1, s + (k == 0 ? "大宝" : "二宝"), k == 0 ? "男" : "女",
                    id(region, born, k == 1, 2), born, v[0], v[1], v[1].replace("村", "小学"), k == 0 ? "四年级" : "一年级",
                    s + "父", "广东东莞", 13800000000L + i, s + "母", "在家", "", s + "奶奶", "祖母", grandma, "0730-8123456",
                    "良好", ""});
            }
        }
        LocalDate born = today.minusYears(8);
        Object[][] bad = {
            {"", "男", id(region, born, false, 3), "", "荣家湾镇", "古洲湾村"},
            {prefix + "错日", "女", id(region, born.minusDays(1), true, 3), born.minusDays(40), "荣家湾镇", "古洲湾村"},
            {prefix + "丢位", "男", 4.30621201001011E17, "", "荣家湾镇", "古洲湾村"},
            {prefix + "无村", "女", id(region, born.minusDays(2), true, 3), "", "荣家湾镇", "月亮村"}};
        String[] column = {"姓名", "出生日期", "身份证号码", "所在村"};
        for (int i = 0; i < bad.length; i++) {
            Object[] row = new Object[TOP.length];
            java.util.Arrays.fill(row, "");
            row[0] = rows.size() + 1;
            System.arraycopy(bad[i], 0, row, 1, bad[i].length);
            rows.add(row);
            defects.put(ABOVE + rows.size(), column[i]);
        }
    }

    int good() {
        return 2 * families;
    }

    private static String id(String region, LocalDate birth, boolean female, int slot) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%02d%d", slot, female ? 2 : 1);
        return first17 + TestData.checkDigit(first17);
    }

    /** As Excel saves a sheet as CSV: merged cells in their first cell, numbers and dates as shown. */
    byte[] csv(Charset charset) {
        StringBuilder s = new StringBuilder();
        s.append(prefix).append("留守儿童花名册\r\n填报单位：荣家湾镇妇联,,,,填报日期：2026年3月\r\n");
        s.append(String.join(",", TOP)).append("\r\n").append(String.join(",", SUB)).append("\r\n");
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                s.append(i == 0 ? "" : ",").append(shown(row[i]));
            }
            s.append("\r\n");
        }
        s.append("合计,,").append(rows.size()).append("人\r\n");
        return s.toString().getBytes(charset);
    }

    private static String shown(Object v) {
        if (v instanceof LocalDate d) {
            return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        }
        if (v instanceof Double d) {
            return new java.text.DecimalFormat("0.#####E0").format(d).replace("E", "E+");
        }
        return String.valueOf(v);
    }

    byte[] xlsx() {
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\">" + text("A1", prefix + "留守儿童花名册") + "</row><row r=\"2\">"
                + text("A2", "填报单位：荣家湾镇妇联") + text("E2", "填报日期：2026年3月") + "</row>");
        sheet.append("<row r=\"3\">");
        for (int i = 0; i < TOP.length; i++) {
            sheet.append(TOP[i].isEmpty() ? "" : text(col(i) + 3, TOP[i]));
        }
        sheet.append("</row><row r=\"4\">");
        for (int i = 0; i < SUB.length; i++) {
            sheet.append(SUB[i].isEmpty() ? "" : text(col(i) + 4, SUB[i]));
        }
        sheet.append("</row>");
        int r = ABOVE;
        for (Object[] row : rows) {
            r++;
            sheet.append("<row r=\"").append(r).append("\">");
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                String ref = col(i) + r;
                if (v instanceof LocalDate d) {
                    sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
                            .append(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d)).append("</v></c>");
                } else if (v instanceof Number n) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else if (!v.toString().isEmpty()) {
                    sheet.append(text(ref, v.toString()));
                }
            }
            sheet.append("</row>");
        }
        r++;
        sheet.append("<row r=\"").append(r).append("\">").append(text("A" + r, "合计")).append("</row></sheetData>");
        // the title and filing line across the sheet; single headers over both header rows; the groups over three or five
        sheet.append("<mergeCells><mergeCell ref=\"A1:U1\"/><mergeCell ref=\"A2:D2\"/>");
        for (int i = 0; i < TOP.length; i++) {
            if (!TOP[i].isEmpty() && SUB[i].isEmpty()) {
                sheet.append("<mergeCell ref=\"").append(col(i)).append("3:").append(col(i)).append("4\"/>");
            }
        }
        sheet.append("<mergeCell ref=\"J3:L3\"/><mergeCell ref=\"M3:O3\"/><mergeCell ref=\"P3:T3\"/></mergeCells></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"儿童\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId2\"/>"
                    + "</sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                    + "2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/><Relationship "
                    + "Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
            part(zip, "xl/worksheets/sheet2.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData><row r=\"1\">" + text("A1", "填表说明：身份证号码列请设为文本。") + "</row>"
                    + "</sheetData></worksheet>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String col(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
