package ${package}.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.internal.${moduleClass}Text;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.fakes.FakeDivisions;
import org.guanai.testing.fakes.FakePersons;
import org.guanai.testing.fakes.FakeVisibility;
import org.junit.After;
import org.junit.Test;

/** The service over a fresh Derby in target/, the registry faked: validation, scope, and the version check. */
public class ${aggregate}ServiceTest {
    static final String VILLAGE = "330726101201";
    static final String OTHER_TOWNSHIP = "330726001";

    private final TestDatabase db = TestDatabase.create("guanai-${rootArtifactId}",
            ds -> new ${moduleClass}Schema(new LiquibaseTestMigrator(ds)));
    private final FakeVisibility visibility = new FakeVisibility();
    private final FakePersons persons = new FakePersons();
    private final ${aggregate}ServiceImpl service = new ${aggregate}ServiceImpl(db.jpa, new FakeDivisions(), persons,
            visibility, null, null);

    @After
    public void close() {
        CallerContext.clear();
        db.close();
    }

    private static ${aggregate}DTO record(String name) {
        ${aggregate}DTO r = new ${aggregate}DTO();
        r.name = name;
        r.villageCode = VILLAGE;
        r.heldOn = LocalDate.now().minusDays(3);
        return r;
    }

    @Test
    public void createsReadsAndCorrectsWithTheVersion() {
        ${aggregate}DTO created = service.create(record("甲"));
        assertEquals("330726101", created.townshipCode);
        ${aggregate}DTO changed = record("乙");
        ${aggregate}DTO updated = service.update(created.id, created.version, changed);
        assertEquals("乙", service.get(created.id).name);
        assertEquals(created.version + 1, updated.version);
    }

    @Test
    public void badInputNamesEveryFieldAndWritesNothing() {
        ${aggregate}DTO bad = new ${aggregate}DTO();
        bad.villageCode = "999";
        bad.personId = 42L;
        bad.heldOn = LocalDate.now().plusDays(1);
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(bad));
        assertEquals(List.of("name", "villageCode", "personId", "heldOn"),
                e.errors().stream().map(f -> f.field).collect(Collectors.toList()));
        assertEquals(0, service.list(new ${aggregate}Query(), PageRequest.first(10)).total);
        // the module's own bundle: Chinese by default, English for those who ask for it
        assertEquals("999 不是本县的村（社区）", e.errors().get(1).message);
        assertEquals("999 is not a village of this county", e.errors().get(1).text().render(Locale.ENGLISH));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), ${moduleClass}Text.TEXT.problems());
    }

    @Test
    public void aCallerSeesOnlyTheirDivisions() {
        long id = service.create(record("甲")).id;
        visibility.scope("tina", Scope.of(Set.of(OTHER_TOWNSHIP), Set.of()));
        CallerContext.bind(Caller.of("tina", Set.of(Roles.TOWNSHIP), "test"));
        assertEquals(0, service.list(new ${aggregate}Query(), PageRequest.first(10)).total);
        assertThrows(NotFoundException.class, () -> service.get(id));
        ValidationException outside = assertThrows(ValidationException.class, () -> service.create(record("丙")));
        FieldError error = outside.errors().get(0);
        assertEquals("villageCode", error.field);
    }
}
