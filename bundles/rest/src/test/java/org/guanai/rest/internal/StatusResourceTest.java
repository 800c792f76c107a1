package org.guanai.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.operations.RestoreDTO;
import org.guanai.registry.api.operations.StatusDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.rest.internal.json.GuanaiJson;
import org.junit.Test;

public class StatusResourceTest {

    @Test
    public void upOnlyWhenEveryPartIsReady() {
        Response r = resource(status(true, part("registry", PartState.READY, null))).status(null);
        assertEquals(200, r.getStatus());
        assertEquals("UP", ((StatusResource.Readiness) r.getEntity()).status);
        assertEquals(null, r.getHeaderString("Retry-After"));
    }

    @Test
    public void downWithTheReasonWhileASchemaWaitsAndNoPathsReachTheCaller() throws Exception {
        Response r = resource(status(false, part("data-home", PartState.READY, null),
                part("registry", PartState.WAITING_FOR_LOCK, "waiting for the schema migration lock"))).status(null);
        assertEquals(503, r.getStatus());
        assertEquals("10", r.getHeaderString("Retry-After"));
        String json = GuanaiJson.create().writeValueAsString(r.getEntity());
        assertTrue(json, json.contains("\"status\":\"DOWN\"") && json.contains("WAITING_FOR_LOCK")
                && json.contains("waiting for the schema migration lock"));
        assertFalse(json, json.contains("/var/lib/guanai"));
    }

    @Test
    public void downWhileTheRegistryHasNotStarted() {
        Response r = new StatusResource().status(null);
        assertEquals(503, r.getStatus());
        StatusResource.Readiness body = (StatusResource.Readiness) r.getEntity();
        assertEquals("DOWN", body.status);
        assertEquals(PartState.STARTING, body.parts.get(0).state);
        assertEquals("注册库尚未启动", body.parts.get(0).detail);
    }

    @Test
    public void aPartsDetailIsInTheLanguageAskedFor() {
        PartStatusDTO starting = PartStatusDTO.of("registry", PartState.STARTING, RestText.message("status.notStarted"),
                null);
        StatusService platform = resource(status(false, starting)).platform;
        assertEquals("注册库尚未启动", StatusResource.of(platform, Locale.CHINESE).parts.get(0).detail);
        assertEquals("the registry has not started (yet)",
                StatusResource.of(platform, RestText.language(List.of(Locale.forLanguageTag("en-GB")))).parts.get(0).detail);
        assertEquals("the registry has not started (yet)", StatusResource.of(null, Locale.ENGLISH).parts.get(0).detail);
    }

    @Test
    public void theMessageBesideATextIsNotPartOfTheJson() throws Exception {
        RestoreDTO restore = new RestoreDTO();
        restore.backup = "guanai-20261202-023000";
        restore.text = RestText.message("status.notStarted");
        restore.message = restore.message(Locale.ENGLISH);
        String json = GuanaiJson.create().writeValueAsString(restore);
        assertTrue(json, json.contains("\"message\":\"the registry has not started (yet)\""));
        assertFalse(json, json.contains("\"text\""));
        String part = GuanaiJson.create().writeValueAsString(PartStatusDTO.of("registry", PartState.STARTING,
                RestText.message("status.notStarted"), null));
        assertTrue(part, part.contains("\"detail\":\"注册库尚未启动\""));
        assertFalse(part, part.contains("\"text\""));
    }

    private static StatusResource resource(StatusDTO status) {
        StatusResource resource = new StatusResource();
        resource.platform = new StatusService() {
            @Override
            public StatusDTO status() {
                return status;
            }

            @Override
            public Optional<MigrationLockDTO> migrationLock() {
                return Optional.empty();
            }

            @Override
            public Optional<MigrationLockDTO> releaseMigrationLock() {
                return Optional.empty();
            }
        };
        return resource;
    }

    private static StatusDTO status(boolean up, PartStatusDTO... parts) {
        StatusDTO s = new StatusDTO();
        s.up = up;
        s.parts.addAll(List.of(parts));
        s.dataHome = "/var/lib/guanai";
        return s;
    }

    private static PartStatusDTO part(String name, PartState state, String detail) {
        return new PartStatusDTO(name, state, detail, Instant.parse("2026-12-02T08:00:00Z"));
    }
}
