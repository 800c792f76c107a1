package ${package}.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;


import org.guanai.testing.exam.Api;
import org.guanai.testing.exam.GuanaiTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The module in the Guanai distribution, as a county installs it: feature:install, REST and console, the module
 * list and a person's timeline, then feature:uninstall (the registry goes on).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ${moduleClass}ModuleIT extends GuanaiTestSupport {

    @Test
    public void installUseUninstall() throws Exception {
        Api api = api();
        long person = api.post("/persons", woman(api)).json().get("id").asLong();

        // at the console, as a county's administrator does it (each command finds the features service of the moment)
        console("feature:repo-add " + URI.create(System.getProperty("guanai.module.features")));
        console("feature:install -r guanai-${rootArtifactId}");
        awaitStatus(api, "/${rootArtifactId}/${aggregates}", 200);

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("name", "第一期");
        record.put("villageCode", VILLAGE);
        record.put("personId", person);
        record.put("heldOn", LocalDate.now().minusDays(1).toString());
        Api.Reply created = api.post("/${rootArtifactId}/${aggregates}", record);
        assertEquals(created.body, 201, created.status);
        Api.Reply bad = api.post("/${rootArtifactId}/${aggregates}", Map.of("villageCode", "1"));
        assertEquals(bad.body, 400, bad.status);
        assertTrue(bad.body, bad.body.contains("\"field\":\"name\""));

        assertTrue(contains(api.get("/modules").json(), "id", "${rootArtifactId}"));
        JsonNode timeline = api.get("/persons/" + person + "/timeline").json();
        assertTrue(timeline.toString(), contains(timeline.get("entries"), "moduleId", "${rootArtifactId}"));
        String listed = console("${rootArtifactId}:${aggregate.toLowerCase()}-list");
        assertTrue(listed, listed.contains("第一期"));

        console("feature:uninstall -r guanai-${rootArtifactId}");
        awaitStatus(api, "/${rootArtifactId}/${aggregates}", 404);
        assertEquals(200, api.get("/persons/" + person).status);
    }

    private static Map<String, Object> woman(Api api) {
        long household = api.post("/households", household()).json().get("id").asLong();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "王秀英");
        p.put("idNumber", idNumber(LocalDate.now().minusYears(35), true));
        p.put("householdId", household);
        p.put("categories", java.util.List.of("LEFT_BEHIND_WOMAN"));
        return p;
    }

    private static Map<String, Object> household() {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("villageCode", VILLAGE);
        h.put("headName", "王秀英");
        return h;
    }
}
