package org.guanai.training.internal.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.spi.DemoRequest;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairQuery;
import org.guanai.training.api.TrainingClassQuery;
import org.guanai.training.internal.service.Training;
import org.junit.After;
import org.junit.Test;

/** The module's year in a small demo county, written through its services: every record passed their rules. */
public class TrainingDemoDataTest {
    private final Training t = new Training();

    @After
    public void close() {
        t.close();
    }

    @Test
    public void classesCertificatesFollowUpsAndTwoFairsWithSignUps() throws Exception {
        for (long id = 1; id <= 8; id++) {
            t.woman(id, "妇女" + id, null, Training.VILLAGE);
        }
        TrainingDemoData demo = new TrainingDemoData(t.persons, t.divisions, t.courses, t.classes, t.enrolments,
                t.attendance, t.followUps, t.fairs);
        assertFalse(demo.hasData());

        String written = demo.contribute(new DemoRequest(1, 1.0, LocalDate.now(), null));
        assertTrue(written, written.matches("\\d+ courses, \\d+ classes, \\d+ enrolments, \\d+ certificates, \\d+ follow-ups,"
                + " 2 fairs, \\d+ fair sign-ups"));
        assertTrue(demo.hasData());
        assertTrue(t.classes.list(new TrainingClassQuery(), PageRequest.first(1)).total > 0);
        int signUps = 0;
        for (FairDTO f : t.fairs.list(new FairQuery(), PageRequest.first(10)).items) {
            assertEquals(4, f.projects.size());
            assertTrue(f.headCount > 0 && !f.heldOn.isAfter(LocalDate.now()));
            signUps += f.signUps;
        }
        assertTrue(written, signUps > 0 && written.endsWith(signUps + " fair sign-ups"));
    }
}
