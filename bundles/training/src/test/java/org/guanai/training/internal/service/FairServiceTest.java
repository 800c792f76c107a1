package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Training.OTHER_TOWNSHIP;
import static org.guanai.training.internal.service.Training.TOWNSHIP;
import static org.guanai.training.internal.service.Training.VILLAGE;
import static org.guanai.training.internal.service.Training.fair;
import static org.guanai.training.internal.service.Training.signUp;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairProjectDTO;
import org.guanai.training.api.FairQuery;
import org.guanai.training.api.FairSignUpDTO;
import org.junit.After;
import org.junit.Test;

/** Entrepreneurship project fairs, their projects and sign-ups, over the real schema. */
public class FairServiceTest {
    private static final LocalDate HELD = LocalDate.now().minusDays(20);

    private final Training t = new Training();

    @After
    public void close() {
        CallerContext.clear();
        t.close();
    }

    @Test
    public void aFairKeepsItsProjectsInOrderAndCountsSignUps() {
        FairDTO f = t.fairs.create(fair(HELD, 150, "黄桃种植合作社", "手工编织来料加工"));
        assertEquals(TOWNSHIP, f.townshipCode);
        assertEquals(List.of("黄桃种植合作社", "手工编织来料加工"), names(f));
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "李桂兰", null, VILLAGE);
        FairSignUpDTO first = t.fairs.signUp(f.id, signUp(f.projects.get(0).id, 1L, null));
        assertEquals(HELD, first.signedUpOn);
        assertEquals("黄桃种植合作社", first.projectName);
        assertEquals("王秀英", first.personName);
        t.fairs.signUp(f.id, signUp(f.projects.get(0).id, 2L, HELD.plusDays(3)));
        t.fairs.signUp(f.id, signUp(f.projects.get(1).id, 1L, null)); // another project of the same fair
        FairDTO read = t.fairs.get(f.id);
        assertEquals(3, read.signUps);
        assertEquals(2, read.projects.get(0).signUps);
        assertEquals(2, t.fairs.signUps(null, 1L, PageRequest.first(10)).total);
        assertEquals(first.id, t.fairs.getSignUp(first.id).id);
    }

    @Test
    public void badFairsNameEachFieldAndWriteNothing() {
        FairDTO ahead = fair(LocalDate.now().plusDays(10), 30, "黄桃", "黄桃");
        ahead.organiser = " ";
        ValidationException e = assertThrows(ValidationException.class, () -> t.fairs.create(ahead));
        assertEquals(List.of("organiser", "headCount", "projects[1].name"), fields(e));
        ValidationException none = assertThrows(ValidationException.class, () -> t.fairs.create(fair(HELD, 0)));
        assertEquals(List.of("projects"), fields(none));
        FairDTO withIds = fair(HELD, 0, "黄桃");
        withIds.projects.get(0).id = 7L;
        assertEquals(List.of("projects[0].id"),
                fields(assertThrows(ValidationException.class, () -> t.fairs.create(withIds))));
        assertEquals(0, t.fairs.list(new FairQuery(), PageRequest.first(10)).total);
        // a fair entered ahead, with no head count yet, is fine
        assertEquals(0, t.fairs.create(fair(LocalDate.now().plusDays(10), 0, "黄桃")).headCount);
    }

    @Test
    public void signUpsAreRefusedWhenTheyCannotBe() {
        FairDTO f = t.fairs.create(fair(HELD, 100, "黄桃种植合作社"));
        FairDTO other = t.fairs.create(fair(HELD, 100, "稻虾共作"));
        FairDTO ahead = t.fairs.create(fair(LocalDate.now().plusDays(5), 0, "民宿"));
        t.woman(1, "王秀英", null, VILLAGE);
        t.woman(2, "张翠花", null, VILLAGE).status = Status.ENDED;
        long project = f.projects.get(0).id;
        t.fairs.signUp(f.id, signUp(project, 1L, null));
        assertThrows(ConflictException.class, () -> t.fairs.signUp(f.id, signUp(project, 1L, null)));
        assertEquals(List.of("projectId"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.signUp(f.id, signUp(other.projects.get(0).id, 1L, null)))));
        assertEquals(List.of("personId"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.signUp(f.id, signUp(project, 2L, null)))));
        assertEquals(List.of("personId"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.signUp(f.id, signUp(project, 99L, null)))));
        assertEquals(List.of("signedUpOn"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.signUp(f.id, signUp(project, 1L, HELD.minusDays(1))))));
        assertEquals(List.of("fairId"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.signUp(ahead.id, signUp(ahead.projects.get(0).id, 1L, null)))));
        assertEquals(1, t.fairs.get(f.id).signUps);
    }

    /**
     * The writing transaction checks the project again: a fair edited between the service's checks and the write
     * may have left the project out. Here the sign-up arrives at the write naming another fair's project.
     */
    @Test
    public void aSignUpWhoseProjectLeftTheFairBeforeTheWriteIsAConflictNamingTheProject() {
        FairDTO f = t.fairs.create(fair(HELD, 100, "黄桃种植合作社"));
        FairDTO other = t.fairs.create(fair(HELD, 100, "稻虾共作"));
        t.woman(1, "王秀英", null, VILLAGE);
        FairSignUps signUps = new FairSignUps(t.db.jpa, t.persons, t.visibility, null);
        org.guanai.training.internal.jpa.FairSignUpEntity e = new org.guanai.training.internal.jpa.FairSignUpEntity();
        e.setFairId(f.id);
        e.setProjectId(other.projects.get(0).id);
        e.setPersonId(1L);
        e.setTownshipCode(TOWNSHIP);
        e.setVillageCode(VILLAGE);
        e.setSignedUpOn(HELD);
        ConflictException refused = assertThrows(ConflictException.class, () -> signUps.create(e));
        assertEquals(refused.getMessage(), "projectId", refused.field());
        assertEquals(0, t.fairs.get(f.id).signUps);
        assertEquals(0, t.fairs.get(other.id).signUps);
    }

    @Test
    public void replacingAFairKeepsProjectsByIdAndThoseWithSignUps() {
        FairDTO f = t.fairs.create(fair(HELD, 100, "黄桃种植合作社", "乡村民宿"));
        t.woman(1, "王秀英", null, VILLAGE);
        long peaches = f.projects.get(0).id;
        t.fairs.signUp(f.id, signUp(peaches, 1L, null));

        FairDTO dropped = fair(HELD, 100, "乡村民宿");
        dropped.projects.get(0).id = f.projects.get(1).id;
        ValidationException e = assertThrows(ValidationException.class, () -> t.fairs.update(f.id, f.version, dropped));
        assertEquals(List.of("projects"), fields(e));

        FairDTO renamed = fair(HELD, 120, "黄桃种植专业合作社", "稻虾共作");
        renamed.projects.get(0).id = peaches;
        FairDTO updated = t.fairs.update(f.id, f.version, renamed);
        assertEquals(f.version + 1, updated.version);
        assertEquals(List.of("黄桃种植专业合作社", "稻虾共作"), names(updated));
        assertEquals(peaches, (long) updated.projects.get(0).id);
        assertEquals(1, updated.projects.get(0).signUps);
        assertEquals("黄桃种植专业合作社", t.fairs.signUps(f.id, null, PageRequest.first(10)).items.get(0).projectName);

        // a project left out and one of the same name added in the same replacement
        FairDTO again = fair(HELD, 120, "黄桃种植专业合作社", "稻虾共作");
        again.projects.get(0).id = peaches;
        FairDTO replaced = t.fairs.update(f.id, updated.version, again);
        assertEquals(updated.version + 1, replaced.version);
        assertEquals(List.of("黄桃种植专业合作社", "稻虾共作"), names(replaced));

        FairDTO later = fair(HELD.plusDays(1), 120, "黄桃种植专业合作社");
        later.projects.get(0).id = peaches;
        assertEquals(List.of("heldOn"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.update(f.id, replaced.version, later))));
        FairDTO foreign = fair(HELD, 120, "黄桃种植专业合作社");
        foreign.projects.get(0).id = 999_999L;
        assertEquals(List.of("projects[0].id", "projects"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.update(f.id, replaced.version, foreign))));
    }

    @Test
    public void aTownshipUserSeesTheFairsAndSignUpsOfHerTownshipOnly() {
        FairDTO f = t.fairs.create(fair(HELD, 100, "黄桃种植合作社"));
        t.woman(1, "王秀英", null, VILLAGE);
        t.fairs.signUp(f.id, signUp(f.projects.get(0).id, 1L, null));
        t.visibility.scope("tina", Scope.of(Set.of(OTHER_TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertThrows(NotFoundException.class, () -> t.fairs.get(f.id));
        assertEquals(0, t.fairs.list(new FairQuery(), PageRequest.first(10)).total);
        assertThrows(NotFoundException.class, () -> t.fairs.signUps(f.id, null, PageRequest.first(10)));
        assertEquals(0, t.fairs.signUps(null, 1L, PageRequest.first(10)).total);
        FairDTO elsewhere = fair(HELD, 10, "稻虾共作");
        assertEquals(List.of("villageCode"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.create(elsewhere))));
    }

    @Test
    public void townshipsAndVillagesGoByNameAsAClerkTypesThem() {
        FairDTO byName = fair(HELD, 0, "黄桃种植合作社");
        byName.villageCode = null;
        byName.townshipCode = "黄宅镇";
        assertEquals(TOWNSHIP, t.fairs.create(byName).townshipCode);
        FairDTO byVillage = fair(HELD, 0, "稻虾共作");
        byVillage.villageCode = "前吴村";
        assertEquals(VILLAGE, t.fairs.create(byVillage).villageCode);
        FairQuery q = new FairQuery();
        q.townshipCode = "黄宅镇";
        assertEquals(2, t.fairs.list(q, PageRequest.first(10)).total);
        q.townshipCode = "无此镇";
        assertEquals(List.of("township"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.list(q, PageRequest.first(10)))));
        FairDTO nowhere = fair(HELD, 0, "民宿");
        nowhere.villageCode = "无此村";
        assertEquals(List.of("villageCode"), fields(assertThrows(ValidationException.class,
                () -> t.fairs.create(nowhere))));
    }

    private static List<String> names(FairDTO f) {
        return f.projects.stream().map(p -> p.name).collect(Collectors.toList());
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(x -> x.field).collect(Collectors.toList());
    }
}
