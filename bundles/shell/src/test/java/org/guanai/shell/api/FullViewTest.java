package org.guanai.shell.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Visibility;
import org.guanai.testing.fakes.FakeVisibility;
import org.guanai.testing.fakes.RecordedAudit;
import org.junit.After;
import org.junit.Test;

/** {@code --unmask --reason}: a full view for full-view roles that say why, nobody else. */
public class FullViewTest {
    private final List<Optional<String>> seen = new ArrayList<>();
    private final RecordedAudit audit = new RecordedAudit();
    private final Visibility access = new FakeVisibility();

    @After
    public void clear() {
        CallerContext.clear();
    }

    private List<Long> body() {
        seen.add(CallerContext.current().flatMap(Caller::unmaskReason));
        return List.of(12L);
    }

    @Test
    public void aFullViewRoleWithAReasonRunsUnmaskingAndThenNoLonger() throws Exception {
        CallerContext.bind(Caller.of("wang", Set.of("county"), Caller.CONSOLE));
        FullView.run(access, audit, "person", true, "家访", this::body);
        FullView.run(access, audit, "person", false, null, this::body);
        assertEquals(List.of(Optional.of("家访"), Optional.empty()), seen);
        assertTrue(CallerContext.current().orElseThrow().unmaskReason().isEmpty());
        assertEquals("one row, for the full view only", 1, audit.events.size());
        assertEquals("person.unmask", audit.events.get(0).operation());
        assertEquals("wang", audit.events.get(0).user());
        assertEquals("12", audit.events.get(0).recordId());
        assertTrue(audit.events.get(0).detail(), audit.events.get(0).detail().contains("家访"));
    }

    /** Issue 9, finding 6: a whole-list unmask left one row with no record ids. */
    @Test
    public void aListShownInFullLeavesOneRowPerRecordItShowed() throws Exception {
        CallerContext.bind(Caller.of("wang", Set.of("county"), "ssh 10.0.0.5"));
        FullView.run(access, audit, "household", true, "年度核对", () -> List.of(3L, 4L, 9L));
        assertEquals(List.of("3", "4", "9"), audit.events.stream().map(e -> e.recordId()).toList());
        assertEquals("household", audit.events.get(2).recordType());
        assertEquals("ssh 10.0.0.5", audit.events.get(2).origin());
        assertEquals("console; reason: 年度核对 (one of 3 listed)", audit.events.get(2).detail());
    }

    @Test
    public void noReasonOrAnotherRoleIsRefusedAndRunsNothing() {
        CallerContext.bind(Caller.of("wang", Set.of("county"), Caller.CONSOLE));
        BadInputException e = assertThrows(BadInputException.class, () -> FullView.run(access, audit, "person", true, " ", this::body));
        assertTrue(e.getMessage(), e.getMessage(Locale.ENGLISH).contains("--reason"));
        CallerContext.bind(Caller.of("li", Set.of("health"), Caller.CONSOLE));
        e = assertThrows(BadInputException.class, () -> FullView.run(access, audit, "person", true, "check", this::body));
        assertTrue(e.getMessage(), e.getMessage(Locale.ENGLISH).contains("may not"));
        assertTrue(seen.isEmpty());
        assertEquals("the refused role is recorded, the missing reason is just bad input", 1, audit.events.size());
        assertEquals("access.refused", audit.events.get(0).operation());
        assertEquals("li", audit.events.get(0).user());
    }
}
