package org.guanai.jpa.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.guanai.registry.api.audit.FieldChangeDTO;
import org.junit.Test;

public class AuditDiffTest {

    public static class Member {
        public String name;
        public String phone;
    }

    public static class Record {
        public Long id;
        public long version;
        public String name;
        public String idNumber;
        public String phone;
        public LocalDate birthDate;
        public Set<String> tags = new TreeSet<>();
        public List<Member> members = new ArrayList<>();
        public List<String> warnings = new ArrayList<>();
    }

    private static Record record() {
        Record r = new Record();
        r.id = 7L;
        r.version = 1;
        r.name = "李秀英";
        r.idNumber = "430621198503151234";
        r.phone = "13812345678";
        r.birthDate = LocalDate.of(1985, 3, 15);
        r.tags.add("A");
        return r;
    }

    @Test
    public void aChangeTheMaskHidesIsStillAChange() {
        Record before = record();
        Record after = record();
        after.phone = "13899995678";
        Member m = new Member();
        m.name = "王强";
        m.phone = "13712345678";
        before.members.add(m);
        Member moved = new Member();
        moved.name = "王强";
        moved.phone = "13700005678";
        after.members.add(moved);

        assertEquals(List.of(
                new FieldChangeDTO("phone", "138****5678", "138****5678"),
                new FieldChangeDTO("members", "[{name=王强, phone=137****5678}]", "[{name=王强, phone=137****5678}]")),
                AuditDiff.diff(before, after));
    }

    @Test
    public void anUpdateListsOnlyTheChangedFieldsWithPersonalValuesMasked() {
        Record before = record();
        Record after = record();
        after.version = 2;
        after.phone = "13900001111";
        after.idNumber = "430621198503159876";
        after.warnings.add("computed, not written");

        List<FieldChangeDTO> changes = AuditDiff.diff(before, after);

        assertEquals(List.of(
                new FieldChangeDTO("idNumber", "430621********1234", "430621********9876"),
                new FieldChangeDTO("phone", "138****5678", "139****1111")), changes);
    }

    @Test
    public void aCreateHasNoBeforeAndLeavesOutEmptyFields() {
        Record created = record();
        created.birthDate = null;

        List<FieldChangeDTO> changes = AuditDiff.diff(null, created);

        assertTrue(changes.contains(new FieldChangeDTO("id", null, "7")));
        assertTrue(changes.contains(new FieldChangeDTO("name", null, "李秀英")));
        assertTrue(changes.contains(new FieldChangeDTO("idNumber", null, "430621********1234")));
        assertTrue(changes.contains(new FieldChangeDTO("tags", null, "[A]")));
        assertTrue(changes.stream().noneMatch(c -> c.field.equals("birthDate") || c.field.equals("version")));
    }

    @Test
    public void nestedPersonalValuesAreMaskedToo() {
        Record before = record();
        Record after = record();
        Member m = new Member();
        m.name = "王强";
        m.phone = "13987654321";
        after.members.add(m);

        List<FieldChangeDTO> changes = AuditDiff.diff(before, after);

        assertEquals(List.of(new FieldChangeDTO("members", "[]", "[{name=王强, phone=139****4321}]")), changes);
    }

    @Test
    public void theBeforeSnapshotIsTakenWhenAsked() {
        Record r = record();
        var before = AuditDiff.snapshot(r);
        r.tags.add("B"); // a DTO sharing a collection with its entity changes under the write

        assertEquals(List.of(new FieldChangeDTO("tags", "[A]", "[A, B]")), AuditDiff.diff(before, AuditDiff.snapshot(r)));
    }

    @Test
    public void anAlreadyMaskedValueIsKeptAsItIs() {
        assertEquals("430621********1234", AuditDiff.render("idNumber", "430621********1234"));
        assertEquals("138****5678", AuditDiff.render("guardianPhone", "138****5678"));
        assertEquals("0731-****567", AuditDiff.render("contactPhone", "0731-1234567"));
    }

    @Test
    public void nothingChangedIsNoChange() {
        assertTrue(AuditDiff.diff(record(), record()).isEmpty());
        assertTrue(AuditDiff.diff((Object) null, (Object) null).isEmpty());
    }
}
