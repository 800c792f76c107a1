package org.guanai.training.internal.signin;

import static org.guanai.training.internal.service.Training.VILLAGE;
import static org.guanai.training.internal.service.Training.classOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.ValidationException;
import org.guanai.training.api.SignInImportService;
import org.guanai.training.api.SignInReportDTO;
import org.guanai.training.internal.service.Training;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Sign-in sheets as counties save them: GBK CSV with title rows, XLSX; bad lines reported, bad files refused. */
public class SignInImportTest {
    private static final LocalDate STARTS = LocalDate.now().minusDays(5);
    private static final BigDecimal SIX = new BigDecimal("6");
    private static final String ID1 = "330726198502140026";
    private static final String ID2 = "33072619880306002X";
    private static final String ID3 = "330726197911110047";

    private final Training t = new Training();
    private final SignInImportService signIn = new SignInImportServiceImpl(t.classes, t.attendance, t.persons, t.persons);
    private long classId;

    @Before
    public void setUp() {
        classId = t.classes.create(classOf(t.course(12, null).id, STARTS, STARTS.plusDays(1))).id;
        t.woman(1, "王秀英", ID1, VILLAGE);
        t.woman(2, "李春花", ID2, VILLAGE);
        t.woman(3, "刘芳", ID3, VILLAGE);
        t.woman(4, "赵兰", "330726199001010021", VILLAGE);
        t.enrolments.enrol(classId, 1, null);
        t.enrolments.enrol(classId, 2, null);
        t.enrolments.enrol(classId, 4, null);
    }

    @After
    public void close() {
        t.close();
    }

    private static final String SHEET = "黄宅镇农村电商培训班签到表,,,\n"
            + "培训日期：,,,\n"
            + "序号,姓名,身份证号码,签名\n"
            + "1,王秀英," + ID1 + ",王秀英\n"
            + "2,李春花," + ID2 + ",李春花\n"
            + "3,张三,330726199912310000,张三\n"
            + "4,王秀英," + ID1 + ",王秀英\n"
            + "5,刘芳," + ID3 + ",刘芳\n"
            + "6,赵兰,330726199001010021,\n"
            + ",,,\n";

    @Test
    public void aGbkSheetWithTitleRowsReportsEachBadLineAndRecordsTheRest() {
        SignInReportDTO report = signIn.importSheet(classId, STARTS, SIX, in(SHEET, Charset.forName("GBK")), false);
        assertEquals(6, report.lines);
        assertEquals(2, report.present);
        assertEquals(1, report.absent);
        assertEquals(List.of(6, 7, 8), report.problems.stream().map(p -> p.line).collect(Collectors.toList()));
        assertEquals("第 6 行：登记中没有此身份证号码的人员", report.problems.get(0).problem);
        assertEquals("身份证号码", report.problems.get(0).column);
        assertEquals("signIn.unknownIdNumber", report.problems.get(0).code);
        assertEquals("第 7 行：与第 4 行重复", report.problems.get(1).problem);
        assertEquals("姓名", report.problems.get(1).column);
        assertEquals("第 8 行：刘芳 未报名该班次", report.problems.get(2).problem);
        assertEquals("signIn.notEnrolled", report.problems.get(2).code);
        assertEquals(List.of(1L, 2L), t.attendance.days(classId).get(0).personIds);
    }

    @Test
    public void theReportIsInTheLanguageAskedForWithTheSameCodes() {
        SignInReportDTO report = signIn.importSheet(classId, STARTS, SIX, in(SHEET, StandardCharsets.UTF_8), true,
                Locale.ENGLISH);
        assertEquals("line 6: no one in the registry has this ID number", report.problems.get(0).problem);
        assertEquals("ID number", report.problems.get(0).column);
        assertEquals("signIn.unknownIdNumber", report.problems.get(0).code);
        assertEquals("line 7: duplicate of line 4", report.problems.get(1).problem);
        assertEquals("line 8: 刘芳 is not enrolled in this class", report.problems.get(2).problem);
        assertEquals("name", report.problems.get(2).column);
    }

    @Test
    public void aFileRefusedAsAWholeSaysWhyInBothLanguages() {
        ValidationException e = assertThrows(ValidationException.class, () -> signIn.importSheet(classId, STARTS, SIX,
                in("姓名,人员编号\n\"王秀英,1\n", StandardCharsets.UTF_8), false));
        assertEquals("第 2 行：引号未闭合", e.errors().get(0).text().render(Locale.SIMPLIFIED_CHINESE));
        assertEquals("line 2: a quoted cell is not closed", e.errors().get(0).text().render(Locale.ENGLISH));
    }

    @Test
    public void aDryRunAndAUtf8SheetWithRegistryIds() {
        String sheet = "\uFEFF姓名,人员编号\n王秀英,1\n李春花,2\n李春花,3\n";
        SignInReportDTO dry = signIn.importSheet(classId, STARTS, SIX, in(sheet, StandardCharsets.UTF_8), true);
        assertEquals(2, dry.present);
        assertEquals(1, dry.problems.size());
        assertEquals(4, dry.problems.get(0).line);
        assertEquals("dry run: nothing written", List.of(), t.attendance.days(classId));
        signIn.importSheet(classId, STARTS, SIX, in(sheet, StandardCharsets.UTF_8), false);
        assertEquals(0, new BigDecimal("6").compareTo(t.enrolments.get(
                t.attendance.visibleEnrolments(classId).get(1L).id).attendedHours));
    }

    @Test
    public void anXlsxSheetWithSharedAndInlineStrings() throws IOException {
        byte[] xlsx = xlsx("<si><t>签到表</t></si><si><t>姓名</t></si><si><t>身份证号码</t></si><si><t>王秀英</t></si>",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>" + ID1 + "</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>李春花</t></is></c><c r=\"B5\"><v>3.30726198803060E17</v></c></row>");
        SignInReportDTO report = signIn.importSheet(classId, STARTS, SIX, new ByteArrayInputStream(xlsx), false);
        assertEquals(1, report.present);
        assertEquals("an ID number Excel kept as a number lost its digits: reported, on its line", 5,
                report.problems.get(0).line);
    }

    @Test
    public void aFileInTheWrongEncodingOrLayoutOrTooLargeWritesNothing() {
        byte[] utf16 = SHEET.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertEquals("file", refusal(new ByteArrayInputStream(withBom)));
        assertEquals("file", refusal(in("序号,名单\n1,王秀英\n", StandardCharsets.UTF_8)));
        assertEquals("file", refusal(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0})));
        assertEquals("line 2", refusal(in("姓名,人员编号\n\"王秀英,1\n", StandardCharsets.UTF_8)));
        byte[] big = new byte[(int) SignInImportService.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThrows(LimitExceededException.class,
                () -> signIn.importSheet(classId, STARTS, SIX, new ByteArrayInputStream(big), false));
        ValidationException day = assertThrows(ValidationException.class,
                () -> signIn.importSheet(classId, STARTS.minusDays(1), SIX, in(SHEET, StandardCharsets.UTF_8), false));
        assertEquals("day", day.errors().get(0).field);
        assertEquals(List.of(), t.attendance.days(classId));
    }

    private String refusal(InputStream sheet) {
        return assertThrows(ValidationException.class, () -> signIn.importSheet(classId, STARTS, SIX, sheet, false))
                .errors().get(0).field;
    }

    private static InputStream in(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    private static byte[] xlsx(String sharedStrings, String rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
