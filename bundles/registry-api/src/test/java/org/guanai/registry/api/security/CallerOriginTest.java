package org.guanai.registry.api.security;

import static org.junit.Assert.assertEquals;

import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

import org.junit.Test;

/** Issue 9, finding 6: audit rows name where a call came from, channel and address. */
public class CallerOriginTest {

    /** Karaf's principals are matched by simple name; these stand in for them. */
    private record UserPrincipal(String getName) implements Principal {
    }

    private record RolePrincipal(String getName) implements Principal {
    }

    private record ClientPrincipal(String getName) implements Principal {
    }

    @Test
    public void originsNameTheChannelAndTheAddress() {
        assertEquals("rest 10.0.0.23", Caller.origin(Caller.REST, "10.0.0.23"));
        assertEquals("rest 0:0:0:0:0:0:0:1", Caller.origin(Caller.REST, "0:0:0:0:0:0:0:1"));
        assertEquals("ssh 10.0.0.23", Caller.origin(Caller.SSH, "/10.0.0.23:52113"));
        assertEquals("ssh 0:0:0:0:0:0:0:1", Caller.origin(Caller.SSH, "/0:0:0:0:0:0:0:1:52113"));
        assertEquals("ssh ::1", Caller.origin(Caller.SSH, "[::1]:52113"));
        assertEquals("jmx 10.0.0.23", Caller.origin("jmx", "10.0.0.23"));
        assertEquals("rest unknown", Caller.origin(Caller.REST, null));
    }

    @Test
    public void anSshSessionsSubjectGivesItsClientAndTheLocalConsoleNone() {
        Subject ssh = new Subject();
        ssh.getPrincipals().addAll(Set.of(new UserPrincipal("wangli"), new RolePrincipal("township"),
                new ClientPrincipal("ssh(/10.0.0.23:52113)")));
        Caller caller = CallerContext.fromSubject(ssh).orElseThrow();
        assertEquals("wangli", caller.user());
        assertEquals(Set.of("township"), caller.roles());
        assertEquals("ssh 10.0.0.23", caller.origin());

        Subject local = new Subject();
        local.getPrincipals().add(new UserPrincipal("karaf"));
        assertEquals(Caller.CONSOLE, CallerContext.fromSubject(local).orElseThrow().origin());
    }
}
