package org.guanai.registry.rest.admin;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.RoleDTO;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.rest.api.Allow;
import org.junit.Test;

/** Users' roles and divisions are the administrator's alone, and a body must say what it replaces. */
public class UserResourceTest {

    @Test
    public void everyOperationIsForAdministratorsOnly() {
        assertArrayEquals(new String[] {Roles.ADMIN}, UserResource.class.getAnnotation(Allow.class).value());
        for (Method m : UserResource.class.getDeclaredMethods()) {
            assertEquals(m.getName(), null, m.getAnnotation(Allow.class));
        }
    }

    @Test
    public void aBodyWithoutTheListIsRefusedNotTakenAsClear() {
        List<Collection<String>> calls = new ArrayList<>();
        UserResource resource = new UserResource();
        resource.access = new UserAccessService() {
            public List<UserAccessDTO> users() {
                return List.of();
            }

            public UserAccessDTO user(String name) {
                return new UserAccessDTO();
            }

            public UserAccessDTO setDivisions(String name, Collection<String> codes) {
                calls.add(codes);
                return new UserAccessDTO();
            }

            public UserAccessDTO setRoles(String name, Collection<String> roles) {
                calls.add(roles);
                return new UserAccessDTO();
            }

            public Scope scopeOf(Caller caller) {
                return Scope.all();
            }

            public List<RoleDTO> roles() {
                return List.of();
            }
        };
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.setDivisions("wangli", new UserAccessDTO()));
        assertEquals("divisions", e.errors().get(0).field);
        e = assertThrows(ValidationException.class, () -> resource.setRoles("wangli", new UserAccessDTO()));
        assertEquals("roles", e.errors().get(0).field);
        UserAccessDTO clear = new UserAccessDTO();
        clear.divisions = List.of();
        resource.setDivisions("wangli", clear);
        assertEquals(List.of(List.of()), calls);
    }
}
