package org.guanai.registry.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.validation.DivisionCodes.ParsedDivision;
import org.junit.Test;

public class DivisionCodesTest {

    private static final String COUNTY = "430621";

    private static List<ParsedDivision> parse(String csv) {
        return DivisionCodes.parseCsv(new StringReader(csv), COUNTY);
    }

    private static List<String> errors(String csv) {
        ValidationException e = assertThrows(ValidationException.class, () -> parse(csv));
        return e.errors().stream().map(FieldError::toString).collect(Collectors.toList());
    }

    @Test
    public void codeLevels() {
        assertTrue(DivisionCodes.isCounty("430621"));
        assertFalse(DivisionCodes.isCounty("43062"));
        assertFalse(DivisionCodes.isCounty("43062a"));
        assertFalse(DivisionCodes.isCounty(null));
        assertTrue(DivisionCodes.isTownship("430621100"));
        assertFalse(DivisionCodes.isTownship("430621"));
        assertTrue(DivisionCodes.isVillage("430621100001"));
        assertFalse(DivisionCodes.isVillage("430621100"));
        assertFalse(DivisionCodes.isVillage("43062110000１")); // full-width digit
    }

    @Test
    public void parentCodes() {
        assertEquals("430621100", DivisionCodes.townshipOf("430621100001"));
        assertEquals("430621", DivisionCodes.countyOf("430621100001"));
        assertEquals("430621", DivisionCodes.countyOf("430621100"));
        assertEquals("430621", DivisionCodes.countyOf("430621"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.townshipOf("430621100"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.countyOf("4306"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCodes.countyOf(null));
    }

    @Test
    public void goodFileWithBomHeaderCommentsAndQuotes() {
        String csv = "\uFEFFCode, Name ,Parent_Code\r\n"
                + "# 湘阴县 (Xiangyin county)\r\n"
                + "430621100, 文星镇 ,430621\r\n"
                + "430621100001,\"城西村\",430621100\r\n"
                + "\r\n"
                + "   \r\n"
                + "430621101001, \"Xiangyang \"\"New\"\" Village, east\" ,\r\n"
                + "430621101,鹤龙湖镇\r\n";
        // Read as bytes, the way an uploaded file arrives, so the BOM is really decoded.
        Reader reader = new InputStreamReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        List<ParsedDivision> divisions = DivisionCodes.parseCsv(reader, COUNTY);
        assertEquals(List.of(
                new ParsedDivision("430621100", "文星镇", DivisionLevel.TOWNSHIP, COUNTY, 3),
                new ParsedDivision("430621100001", "城西村", DivisionLevel.VILLAGE, "430621100", 4),
                new ParsedDivision("430621101001", "Xiangyang \"New\" Village, east", DivisionLevel.VILLAGE,
                        "430621101", 7),
                new ParsedDivision("430621101", "鹤龙湖镇", DivisionLevel.TOWNSHIP, COUNTY, 8)), divisions);
    }

    @Test
    public void headerIsOptional() {
        List<ParsedDivision> divisions = parse("430621100,文星镇\n430621100001,城西村");
        assertEquals(2, divisions.size());
        assertEquals(1, divisions.get(0).line());
        assertEquals(2, divisions.get(1).line());
    }

    @Test
    public void emptyFileGivesNoDivisions() {
        assertEquals(List.of(), parse(""));
        assertEquals(List.of(), parse("code,name\n# nothing yet\n"));
    }

    @Test
    public void onlyTheFirstLineCanBeAHeader() {
        assertEquals(List.of("line 2: code \"code\" must be digits"), errors("430621100,文星镇\ncode,name\n"));
    }

    @Test
    public void everyErrorIsReportedWithItsLine() {
        String csv = String.join("\n",
                "code,name,parent_code",                 // 1
                "430621100,文星镇",                       // 2
                "43062110,短码",                          // 3
                "430622100,邻县镇",                       // 4
                "430621100,文星镇",                       // 5
                "430621100001,城西村,430621101",          // 6
                "430621200001,孤村",                      // 7
                "430621100002,",                          // 8
                "43062110a,x",                            // 9
                "430621100003",                           // 10
                "430621100004,\"unclosed",                // 11
                "4306211000051,x",                        // 12
                "430621101,\"a,b\",430621,extra",         // 13
                "430621102,x,430622",                     // 14
                "430621100005,\"x\" y",                   // 15
                ",x",                                     // 16
                "430621100006,好村");                      // 17: fine
        assertEquals(List.of(
                "line 3: code 43062110 has 8 digits; townships have 9, villages 12",
                "line 4: code 430622100 is not in county 430621",
                "line 5: code 430621100 already appears on line 2",
                "line 6: parent code 430621101 does not match code 430621100001 (expected 430621100)",
                "line 7: township 430621200 of village 430621200001 is not in the file",
                "line 8: name is required",
                "line 9: code \"43062110a\" must be digits",
                "line 10: expected code,name[,parent_code] but got 1 field",
                "line 11: a quoted field is not closed",
                "line 12: code 4306211000051 has 13 digits; townships have 9, villages 12",
                "line 13: expected code,name[,parent_code] but got 4 fields",
                "line 14: parent code 430622 does not match code 430621102 (expected 430621)",
                "line 15: unexpected text after a quoted field",
                "line 16: code is required"), errors(csv));
    }

    @Test
    public void oneLineCanHaveSeveralErrors() {
        assertEquals(List.of(
                "line 1: code 430622100 is not in county 430621",
                "line 1: name is required"), errors("430622100,\"\""));
    }

    @Test
    public void villageUnderARefusedTownshipIsNotAlsoCalledOrphaned() {
        // Only the township's own mistake is reported; fixing it fixes the village too.
        assertEquals(List.of("line 1: name is required"), errors("430621100,\n430621100001,城西村"));
    }

    @Test
    public void errorFieldsNameTheLine() {
        ValidationException e = assertThrows(ValidationException.class, () -> parse("\n\n\n\n\n\n43062110,x"));
        assertEquals("line 7", e.errors().get(0).field);
        assertEquals("code 43062110 has 8 digits; townships have 9, villages 12", e.errors().get(0).message);
    }

    @Test
    public void countyCodeMustBeSixDigits() {
        assertThrows(IllegalArgumentException.class,
                () -> DivisionCodes.parseCsv(new StringReader("430621100,x"), "4306"));
    }

    @Test
    public void csvSplitting() {
        assertEquals(List.of("a", "b", ""), DivisionCodes.splitCsv(" a , b ,"));
        assertEquals(List.of("a,b", "c\"d"), DivisionCodes.splitCsv("\"a,b\",\"c\"\"d\""));
        assertEquals(List.of(""), DivisionCodes.splitCsv(""));
    }
}
