package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.PersonServiceTest.expectValidation;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class DivisionServiceTest {

    private static final String COUNTY = "430624";
    private static TestDatabase db;
    private static DivisionServiceImpl divisions;

    @BeforeClass
    public static void open() {
        db = Registry.database();
        divisions = new DivisionServiceImpl(db.jpa, COUNTY, "湘阴县");
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void theConfiguredCountyIsStoredAndRenamedOnRestart() {
        assertEquals("湘阴县", divisions.county().name);
        DivisionServiceImpl restarted = new DivisionServiceImpl(db.jpa, COUNTY, "湘阴县（新）");
        assertEquals("湘阴县（新）", restarted.county().name);
        assertEquals(DivisionLevel.COUNTY, restarted.get(COUNTY).level);
        new DivisionServiceImpl(db.jpa, COUNTY, "湘阴县");
    }

    @Test
    public void importUpsertsAndIsIdempotent() {
        String csv = "code,name,parent_code\n430624101,文星镇,430624\n430624101201,城西村,430624101\n"
                + "430624101202,城东村,\n";
        assertEquals(3, divisions.importCsv(new StringReader(csv)));
        assertEquals(0, divisions.importCsv(new StringReader(csv)));
        assertEquals(1, divisions.importCsv(new StringReader(csv.replace("城东村", "城东社区"))));

        assertEquals("城东社区", divisions.get("430624101202").name);
        assertEquals(List.of("430624101201", "430624101202"), codes(divisions.children("430624101")));
        assertTrue(codes(divisions.children(null)).contains("430624101"));
        assertEquals(List.of("430624101202"), codes(divisions.search("城东", 10)));
        assertEquals(List.of("430624101", "430624101201"), codes(divisions.search("4306241", 2)));

        // Importing a file without a division keeps it: nothing is removed.
        assertEquals(0, divisions.importCsv(new StringReader("430624101,文星镇\n")));
        assertTrue(divisions.find("430624101201").isPresent());
    }

    @Test
    public void aBadFileIsRejectedWholeNamingItsLines() {
        int before = divisions.search(COUNTY, 500).size();
        String csv = "430624102,新泉镇\n430624102201,好村\n430625102202,外县村\n43062410220,短\n";
        ValidationException e = expectValidation(() -> divisions.importCsv(new StringReader(csv)));
        assertEquals(List.of("line 3", "line 4"), Registry.fields(e));
        assertEquals(before, divisions.search(COUNTY, 500).size());
        assertFalse(divisions.find("430624102").isPresent());
    }

    @Test
    public void theConfiguredFileIsImportedAndABadOrMissingOneChangesNothing() throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "divisions", ".csv");
        Files.writeString(file, "\uFEFFcode,name\n430624103,鹤龙湖镇\n", StandardCharsets.UTF_8);
        divisions.importFile(file.toString());
        assertEquals("鹤龙湖镇", divisions.get("430624103").name);

        Files.writeString(file, "430624104,x\nbad line\n", StandardCharsets.UTF_8);
        divisions.importFile(file.toString());
        assertFalse(divisions.find("430624104").isPresent());
        divisions.importFile("target/no-such-file.csv");
        divisions.importFile("");
    }

    @Test
    public void anotherCountysCodesAreUnknownAndCopiesAreHandedOut() {
        try {
            divisions.get("430621100");
            fail();
        } catch (NotFoundException e) {
            assertEquals("division", e.recordType());
        }
        divisions.county().name = "changed by a caller";
        assertEquals("湘阴县", divisions.county().name);
    }

    @Test(expected = IllegalArgumentException.class)
    public void theCountyCodeMustBeSixDigits() {
        new DivisionServiceImpl(db.jpa, "43062", "x");
    }

    private static List<String> codes(List<DivisionDTO> list) {
        return list.stream().map(d -> d.code).collect(Collectors.toList());
    }
}
