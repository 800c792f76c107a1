package org.guanai.registry.rest.admin;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.operations.BackupDTO;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.registry.api.operations.RestoreDTO;
import org.guanai.rest.api.Allow;
import org.junit.Test;

/** Backups are the administrator's alone; a backup already running is a conflict, an unknown name a 404. */
public class BackupResourceTest {

    @Test
    public void everyOperationIsForAdministratorsOnly() {
        assertArrayEquals(new String[] {Roles.ADMIN}, BackupResource.class.getAnnotation(Allow.class).value());
        for (Method m : BackupResource.class.getDeclaredMethods()) {
            assertEquals(m.getName(), null, m.getAnnotation(Allow.class));
        }
    }

    @Test
    public void aBackupIsCreatedAndListedAndASecondAtOnceIsAConflict() {
        List<String> calls = new ArrayList<>();
        BackupResource resource = new BackupResource();
        resource.backups = new Fake(calls);
        Response created = resource.create(null);
        assertEquals(201, created.getStatus());
        assertEquals("guanai-20261202-023000", ((BackupDTO) created.getEntity()).name);
        assertEquals(1, resource.list().total);
        calls.add("busy");
        assertThrows(ConflictException.class, () -> resource.create(null));
        assertThrows(NotFoundException.class, () -> resource.get("../etc/users"));
        assertThrows(NotFoundException.class, () -> resource.file("guanai-20200101-000000"));
        assertEquals(202, resource.restore("guanai-20261202-023000", null, null).getStatus());
    }

    @Test
    public void theStagedRestoreSaysWhatNextInTheLanguageAskedFor() {
        BackupResource resource = new BackupResource();
        resource.backups = new Fake(new ArrayList<>());
        RestoreDTO chinese = (RestoreDTO) resource.restore("guanai-20261202-023000", null, null).getEntity();
        assertEquals("人员", chinese.message);
        RestoreDTO english = (RestoreDTO) resource.restore("guanai-20261202-023000", null, "en-GB,en;q=0.9,zh;q=0.5").getEntity();
        assertEquals("person", english.message);
        RestoreDTO chineseFirst = (RestoreDTO) resource.restore("guanai-20261202-023000", null, "zh-CN,en;q=0.5").getEntity();
        assertEquals("人员", chineseFirst.message);
        RestoreDTO unreadable = (RestoreDTO) resource.restore("guanai-20261202-023000", null, "en;q=x;;").getEntity();
        assertEquals("人员", unreadable.message);
        assertEquals("person", resource.staged(accepting("en")).message);
    }

    /** Request headers that accept {@code languageTag} first. */
    private static HttpHeaders accepting(String languageTag) {
        return (HttpHeaders) Proxy.newProxyInstance(BackupResourceTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(Locale.forLanguageTag(languageTag));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class Fake implements BackupService {
        private final List<String> calls;

        Fake(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public BackupDTO backup() {
            if (calls.contains("busy")) {
                throw new IllegalStateException("another backup is running");
            }
            return backup("guanai-20261202-023000");
        }

        @Override
        public List<BackupDTO> list() {
            return List.of(backup("guanai-20261202-023000"));
        }

        @Override
        public Optional<BackupDTO> get(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> file(String name) {
            return Optional.empty();
        }

        @Override
        public RestoreDTO stageRestore(String name) {
            RestoreDTO r = new RestoreDTO();
            r.backup = name;
            // a sentence from a bundle, as the service's restore.staged is
            r.text = Message.recordType("person");
            r.message = r.text.render(Message.CHINESE);
            return r;
        }

        @Override
        public Optional<RestoreDTO> stagedRestore() {
            return Optional.of(stageRestore("guanai-20261202-023000"));
        }

        private static BackupDTO backup(String name) {
            BackupDTO d = new BackupDTO();
            d.name = name;
            return d;
        }
    }
}
