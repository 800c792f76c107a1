package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.FeatureContext;

import org.junit.Test;

public class AuthExtensionTest {
    @Test
    public void oneExtensionRegistersAuthenticationBeforeAndAuthorizationAfterMatching() {
        AuthExtension extension = new AuthExtension();
        extension.configureLogins(config(Map.of()));
        List<Object> registered = register(extension);
        assertEquals(2, registered.size());
        Object authentication = registered.get(0);
        Object authorization = registered.get(1);
        assertTrue(authentication instanceof BasicAuthFilter);
        assertTrue(authentication instanceof ContainerResponseFilter);
        assertTrue(authentication.getClass().isAnnotationPresent(PreMatching.class));
        assertEquals(Priorities.AUTHENTICATION, authentication.getClass().getAnnotation(Priority.class).value());
        assertTrue(authorization instanceof AuthorizationFilter);
        assertTrue(authorization instanceof ContainerRequestFilter);
        assertEquals(Priorities.AUTHORIZATION, authorization.getClass().getAnnotation(Priority.class).value());

        List<Object> again = register(extension);
        assertNotSame("each application gets filters of its own", registered.get(1), again.get(1));
    }

    /** The config as DS would build it: the given values, annotation defaults for the rest. */
    private static AuthExtension.Config config(Map<String, Object> values) {
        return (AuthExtension.Config) Proxy.newProxyInstance(AuthExtensionTest.class.getClassLoader(),
                new Class<?>[] {AuthExtension.Config.class},
                (proxy, m, args) -> values.containsKey(m.getName()) ? values.get(m.getName()) : m.getDefaultValue());
    }

    private static List<Object> register(AuthExtension extension) {
        List<Object> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(AuthExtensionTest.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, m, args) -> {
                if (m.getName().equals("register")) {
                    registered.add(args[0]);
                    return proxy;
                }
                return null;
            });
        assertTrue(extension.configure(context));
        return registered;
    }
}
