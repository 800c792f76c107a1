package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Text.NAME_MAX;
import static org.guanai.training.internal.service.Text.NOTES_MAX;
import static org.guanai.training.internal.service.Text.TITLE_MAX;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.training.api.FairProjectDTO;

/**
 * The rules of a fair, free of storage: a fair may be entered ahead, but counts people only once held; it
 * presents at least one project, each named once; a sign-up is taken at the fair or after it, never ahead of it.
 */
public final class FairRules {

    /** A fair entered more than a year ahead is a typing error. */
    static final int MAX_DAYS_AHEAD = 366;
    static final int MAX_HEAD_COUNT = 100_000;
    static final int MAX_PROJECTS = 100;

    private FairRules() {
    }

    /** Adds what is wrong with a fair's day and head count. */
    public static void checkHeld(Checks checks, LocalDate heldOn, int headCount, LocalDate today) {
        checks.require("heldOn", heldOn);
        if (heldOn != null) {
            checks.check(!heldOn.isAfter(today.plusDays(MAX_DAYS_AHEAD)), "heldOn",
                    Text.text("date.withinAYear"));
        }
        checks.check(headCount >= 0 && headCount <= MAX_HEAD_COUNT, "headCount",
                Text.text("range.zeroTo", MAX_HEAD_COUNT));
        checks.check(headCount == 0 || heldOn == null || !heldOn.isAfter(today), "headCount",
                Text.text("fair.headCountBeforeHeld", heldOn));
    }

    /** The projects cleaned, or errors naming {@code projects[i].field}. */
    public static List<FairProjectDTO> projects(Checks checks, List<FairProjectDTO> in) {
        List<FairProjectDTO> out = new java.util.ArrayList<>();
        if (in == null || in.isEmpty()) {
            checks.add("projects", Text.text("fair.projectRequired"));
            return out;
        }
        checks.check(in.size() <= MAX_PROJECTS, "projects",
                Text.text("fair.atMostProjects", MAX_PROJECTS));
        Set<String> names = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String at = "projects[" + i + "].";
            FairProjectDTO p = in.get(i);
            if (p == null) {
                checks.add("projects[" + i + "]", Text.text("required"));
                continue;
            }
            FairProjectDTO c = new FairProjectDTO();
            c.id = p.id;
            c.name = RecordServiceSupport.clean(p.name);
            c.presenter = RecordServiceSupport.clean(p.presenter);
            c.description = RecordServiceSupport.clean(p.description);
            checks.require(at + "name", c.name).maxLength(at + "name", c.name, TITLE_MAX)
                    .maxLength(at + "presenter", c.presenter, NAME_MAX)
                    .maxLength(at + "description", c.description, NOTES_MAX);
            checks.check(c.name == null || names.add(c.name), at + "name",
                    Text.text("fair.projectTwice", c.name));
            checks.check(c.id == null || ids.add(c.id), at + "id",
                    Text.text("fair.projectIdTwice", c.id));
            out.add(c);
        }
        return out;
    }

    /** The day of a sign-up: the fair's day unless given; not before the fair and not after today. */
    public static LocalDate signedUpOn(Checks checks, LocalDate given, LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today)) {
            checks.add("fairId", Text.text("fair.notHeld", heldOn));
            return heldOn;
        }
        LocalDate on = given == null ? heldOn : given;
        checks.check(!on.isBefore(heldOn), "signedUpOn",
                Text.text("fair.signUpBeforeFair", heldOn));
        checks.check(!on.isAfter(today), "signedUpOn", Text.text("date.future"));
        return on;
    }
}
