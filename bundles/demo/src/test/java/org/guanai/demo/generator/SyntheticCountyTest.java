package org.guanai.demo.generator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.SiteKind;
import org.junit.BeforeClass;
import org.junit.Test;

public class SyntheticCountyTest {
    private static final LocalDate REF = LocalDate.of(2026, 1, 1);
    private static SyntheticCounty full;

    @BeforeClass
    public static void generateFullCounty() {
        full = SyntheticCounty.generate(42, 1, 0, REF);
    }

    @Test
    public void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "roster-test"));
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        SyntheticCounty.generate(7, 0.05, 0.02, REF).writeRosterCsv(a);
        SyntheticCounty.generate(7, 0.05, 0.02, REF).writeRosterCsv(b);
        SyntheticCounty.generate(8, 0.05, 0.02, REF).writeRosterCsv(c);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    public void rosterPartsAreTheRosterCutAtHouseholds() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "roster-parts-test"));
        SyntheticCounty county = SyntheticCounty.generate(5, 0.05, 0, REF);
        Path whole = dir.resolve("whole.csv");
        county.writeRosterCsv(whole);
        List<String> expected = Files.readAllLines(whole, StandardCharsets.UTF_8);
        List<Path> parts = county.writeRosterCsvParts(dir, "part", 300);
        assertTrue(parts.toString(), parts.size() > 2);
        List<String> joined = new java.util.ArrayList<>();
        Set<String> households = new HashSet<>();
        for (Path part : parts) {
            List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
            assertEquals(part.toString(), expected.get(0), lines.get(0));
            List<String> rows = lines.subList(1, lines.size());
            assertTrue(part + ": " + rows.size(), rows.size() >= 300 || part.equals(parts.get(parts.size() - 1)));
            assertTrue(part + ": " + rows.size(), rows.size() < 300 + 20);
            Set<String> own = rows.stream().map(l -> l.split(",", -1)[0]).collect(Collectors.toSet());
            for (String key : own) {
                assertTrue("household " + key + " is in one part only", households.add(key));
            }
            joined.addAll(rows);
        }
        assertEquals(expected.subList(1, expected.size()), joined);
    }

    @Test
    public void rosterIsUtf8WithBomAndTheChineseHeader() throws IOException {
        Path file = Files.createDirectories(Path.of("target", "roster-test")).resolve("header.csv");
        SyntheticCounty county = SyntheticCounty.generate(3, 0.01, 0, REF);
        county.writeRosterCsv(file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0), lines.get(0).startsWith("\uFEFF户编号,乡镇,村(社区),家庭住址,户主姓名"));
        long personLines = lines.stream().skip(1).filter(l -> !l.split(",", -1)[7].isEmpty()).count();
        assertEquals(county.personCount(), personLines);
        for (String line : lines) {
            assertEquals(line, Roster.HEADER.length, line.split(",", -1).length);
        }
    }

    @Test
    public void scaleOneIsTheSeedCounty() {
        assertEquals(15_203, full.count(CareCategory.LEFT_BEHIND_WOMAN));
        assertEquals(6_082, full.count(CareCategory.LEFT_BEHIND_CHILD));
        assertEquals(8_514, full.count(CareCategory.LEFT_BEHIND_ELDERLY));
        assertEquals(15_203 + 6_082 + 8_514, full.personCount());
        assertEquals(80, full.sites().stream().filter(s -> s.kind() == SiteKind.CHILDRENS_HOME).count());
        assertEquals(260, full.sites().stream().filter(s -> s.kind() == SiteKind.WOMENS_HOME).count());
        assertEquals(20, full.townships().size());
        assertEquals(300, full.divisions().size() - 20);
        assertEquals(1_200, full.serviceRecords().size());
        assertTrue(full.volunteerCount() > 200);
    }

    @Test
    public void scaleOneHundredthIsSmall() {
        SyntheticCounty small = SyntheticCounty.generate(1, 0.01, 0, REF);
        assertEquals(152, small.count(CareCategory.LEFT_BEHIND_WOMAN));
        assertEquals(61, small.count(CareCategory.LEFT_BEHIND_CHILD));
        assertEquals(85, small.count(CareCategory.LEFT_BEHIND_ELDERLY));
        assertEquals(1, small.sites().stream().filter(s -> s.kind() == SiteKind.CHILDRENS_HOME).count());
        assertEquals(3, small.sites().stream().filter(s -> s.kind() == SiteKind.WOMENS_HOME).count());
        assertEquals(12, small.serviceRecords().size());
        assertEquals(300, small.divisions().size() - 20);
    }

    @Test
    public void everyIdNumberValidUniqueAndOfTheCounty() {
        Set<String> seen = new HashSet<>();
        full.households().forEach(h -> h.residents().forEach(r -> {
            assertTrue(r.idNumber(), IdNumbers.valid(r.idNumber()));
            assertTrue("duplicate " + r.idNumber(), seen.add(r.idNumber()));
            assertEquals(SyntheticCounty.COUNTY_CODE, r.idNumber().substring(0, 6));
            assertEquals(r.birthDate().toString().replace("-", ""), r.idNumber().substring(6, 14));
            Gender byId = (r.idNumber().charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            assertEquals(byId, r.gender());
        }));
    }

    @Test
    public void agesAndGendersFitTheCategoriesAllYear() {
        LocalDate endOfYear = REF.plusDays(364);
        full.households().forEach(h -> h.residents().forEach(r -> {
            int ageNow = Period.between(r.birthDate(), REF).getYears();
            int ageLater = Period.between(r.birthDate(), endOfYear).getYears();
            assertFalse(r.birthDate().isAfter(REF));
            assertEquals(1, r.categories().size());
            if (r.is(CareCategory.LEFT_BEHIND_CHILD)) {
                assertTrue(r + " " + ageLater, ageLater < 16);
                assertNotNull(r.schoolStage());
                assertNotNull(r.guardianIdNumber());
            } else if (r.is(CareCategory.LEFT_BEHIND_WOMAN)) {
                assertEquals(Gender.FEMALE, r.gender());
                assertTrue(r + " " + ageNow, ageNow >= 20 && ageLater <= 59);
                assertNull(r.schoolStage());
            } else {
                assertTrue(r + " " + ageNow, ageNow >= 60);
            }
        }));
    }

    @Test
    public void guardiansAreAdultsOfTheSameHouseholdMostlyGrandparents() {
        Map<GuardianRelation, Integer> relations = new EnumMap<>(GuardianRelation.class);
        Map<GuardianCapacity, Integer> capacities = new EnumMap<>(GuardianCapacity.class);
        full.households().forEach(h -> {
            Map<String, Resident> byId = h.residents().stream().collect(Collectors.toMap(Resident::idNumber, r -> r));
            h.residents().stream().filter(r -> r.is(CareCategory.LEFT_BEHIND_CHILD)).forEach(child -> {
                Resident guardian = byId.get(child.guardianIdNumber());
                assertNotNull("guardian of " + child + " in the household", guardian);
                assertTrue(Period.between(guardian.birthDate(), REF).getYears() >= 20);
                assertEquals(child.guardianRelation() == GuardianRelation.GRANDPARENT,
                        guardian.is(CareCategory.LEFT_BEHIND_ELDERLY));
                relations.merge(child.guardianRelation(), 1, Integer::sum);
                capacities.merge(child.guardianCapacity(), 1, Integer::sum);
            });
            assertFalse(h.migrants().isEmpty());
        });
        assertTrue(relations.toString(), relations.get(GuardianRelation.GRANDPARENT) > relations.get(GuardianRelation.MOTHER));
        assertTrue(capacities.toString(), capacities.get(GuardianCapacity.WEAK) > 0 && capacities.get(GuardianCapacity.NONE) > 0);
        assertTrue(capacities.toString(), capacities.get(GuardianCapacity.GOOD) > 6_082 / 2);
    }

    @Test
    public void householdsLiveInTheCountysVillagesUnderUniqueKeys() {
        Set<String> villages = full.divisions().stream().filter(d -> !d.isTownship()).map(Division::code).collect(Collectors.toSet());
        Set<String> keys = new HashSet<>();
        for (Household h : full.households()) {
            assertTrue(h.villageCode(), villages.contains(h.villageCode()));
            assertTrue(h.key(), keys.add(h.key()));
        }
        for (Division d : full.divisions()) {
            assertTrue(d.code(), d.code().startsWith(SyntheticCounty.COUNTY_CODE));
            if (!d.isTownship()) {
                assertEquals(d.code().substring(0, 9), d.parentCode());
            }
        }
    }

    @Test
    public void divisionsIncludeWhatTheRegistryShips() throws IOException {
        StringWriter out = new StringWriter();
        full.writeDivisionsCsv(out);
        String csv = out.toString();
        assertTrue(csv.startsWith("code,name,parent_code\n"));
        assertTrue(csv.contains("430621100201,古洲湾村,430621100\n"));
        assertTrue(csv.contains("430621201,公田镇,430621\n"));
        assertEquals(321, csv.split("\n").length);
    }

    @Test
    public void defectsAtTheRequestedShareEachListedWithItsLine() throws IOException {
        SyntheticCounty county = SyntheticCounty.generate(11, 0.2, 0.02, REF);
        List<Defect> defects = county.defects();
        assertEquals(Math.round(0.02 * county.personCount()), defects.size());
        Map<Defect.Kind, Long> kinds = defects.stream().collect(Collectors.groupingBy(Defect::kind, Collectors.counting()));
        assertEquals(kinds.toString(), Defect.Kind.values().length, kinds.size());

        StringWriter out = new StringWriter();
        county.writeRosterCsv(out);
        List<String> lines = Arrays.asList(out.toString().split("\r\n"));
        Set<String> villageNames = county.divisions().stream().map(Division::name).collect(Collectors.toSet());
        Map<Integer, Defect> byLine = new HashMap<>();
        defects.forEach(d -> assertNull("one defect per line", byLine.put(d.line(), d)));
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            Defect d = byLine.get(i + 1);
            if (d == null) {
                if (!c[7].isEmpty()) {
                    assertTrue(lines.get(i), IdNumbers.valid(c[9]));
                    assertTrue(lines.get(i), villageNames.contains(c[2]));
                }
                continue;
            }
            switch (d.kind()) {
                case WRONG_CHECK_DIGIT -> assertFalse(lines.get(i), IdNumbers.valid(c[9]));
                case CHILD_WITHOUT_GUARDIAN -> {
                    assertEquals("留守儿童", c[11]);
                    assertEquals("", c[13]);
                }
                case BAD_PHONE -> assertTrue(lines.get(i), c[10].length() != 11);
                case UNKNOWN_VILLAGE -> assertFalse(lines.get(i), villageNames.contains(c[2]));
                case DUPLICATE_NAME_TYPO -> {
                    String[] original = lines.get(i - 1).split(",", -1);
                    assertTrue(IdNumbers.valid(c[9]));
                    assertFalse(c[9].equals(original[9]));
                    assertEquals(original[9].substring(6, 14), c[9].substring(6, 14));
                    assertEquals(original[8], c[8]);
                    assertEquals(original[7].length(), c[7].length());
                    assertFalse(original[7].equals(c[7]));
                    int differing = 0;
                    for (int k = 0; k < c[7].length(); k++) {
                        differing += c[7].charAt(k) != original[7].charAt(k) ? 1 : 0;
                    }
                    assertEquals(1, differing);
                }
                default -> fail(d.toString());
            }
        }
    }

    @Test
    public void noDefectsWhenNoneAsked() {
        assertTrue(SyntheticCounty.generate(5, 0.05, 0, REF).defects().isEmpty());
    }

    @Test
    public void refusesNonsense() {
        for (double scale : new double[] {0, -1, Double.NaN, 1000}) {
            try {
                SyntheticCounty.generate(1, scale, 0);
                fail("scale " + scale);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("scale"));
            }
        }
        try {
            SyntheticCounty.generate(1, 1, 0.9);
            fail();
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("defect share"));
        }
    }

    @Test
    public void largerThanTheSeedCounty() {
        // 10 works the same way (300,000 persons, several seconds): 2.5 keeps this test quick
        SyntheticCounty large = SyntheticCounty.generate(9, 2.5, 0, REF);
        assertEquals(38_008, large.count(CareCategory.LEFT_BEHIND_WOMAN));
        assertEquals(15_205, large.count(CareCategory.LEFT_BEHIND_CHILD));
        assertEquals(21_285, large.count(CareCategory.LEFT_BEHIND_ELDERLY));
        assertEquals(200, large.sites().stream().filter(s -> s.kind() == SiteKind.CHILDRENS_HOME).count());
        assertEquals(650, large.sites().stream().filter(s -> s.kind() == SiteKind.WOMENS_HOME).count());
    }
}
