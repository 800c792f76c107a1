package org.guanai.rest.internal.auth;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Sign-in for the web dashboard. {@code POST} with HTTP Basic credentials (checked, locked out and audited
 * like every Basic request) starts a session: an HttpOnly cookie and, in the body, the CSRF token the page
 * sends back in {@link SessionCredentials#CSRF_HEADER}. {@code GET} says who is signed in (a reloaded page
 * learns its CSRF token again); {@code DELETE} signs out.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsName("guanai.session")
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(SessionCredentials.SESSION_PATH)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Reference
    WebSessions sessions;

    /** The caller's divisions, for the page's township choice; optional as everywhere in the REST layer. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile UserAccessService access;

    /** Who is signed in, what they see, and the CSRF token of their session. */
    public static class SessionDTO {
        public String user;
        /** The user's Guanai roles, sorted. */
        public List<String> roles = new ArrayList<>();
        /** {@code all}, {@code assigned} or {@code nothing}. */
        public String scope;
        /** Townships of which the user sees some part; empty for the whole county. */
        public List<String> townships = new ArrayList<>();
        /** To send in {@code X-Guanai-CSRF}; null for a request made with Basic credentials. */
        public String csrfToken;
    }

    @POST
    @ApiResponseType(value = SessionDTO.class, summary = "登录：发送 HTTP Basic 凭据，取得会话 Cookie 和 CSRF 令牌。Sign in: send HTTP Basic credentials, get a session cookie and a CSRF token")
    public Response signIn(@Parameter(description = "HTTP Basic 凭据：用户名和密码。HTTP Basic credentials: user name and password.") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Parameter(description = "会话 Cookie（登录时由服务器设置）。The session cookie (set by the server at sign-in).") @CookieParam(SessionCredentials.COOKIE) String previous, @Context SecurityContext security) {
        if (authorization == null) {
            throw new BadRequestException("sign in with a user name and password (HTTP Basic)");
        }
        sessions.end(previous);
        ApiUser user = (ApiUser) security.getUserPrincipal();
        WebSessions.Started started = sessions.start(user);
        return Response.ok(describe(started.session.csrf()))
                .header(HttpHeaders.SET_COOKIE, SessionCredentials.setCookie(started.token, security.isSecure()))
                .build();
    }

    @GET
    @ApiResponseType(value = SessionDTO.class, summary = "当前登录的用户，及会话的 CSRF 令牌。Who is signed in, with the session's CSRF token")
    public SessionDTO get(@Parameter(description = "会话 Cookie（登录时由服务器设置）。The session cookie (set by the server at sign-in).") @CookieParam(SessionCredentials.COOKIE) String token) {
        String csrf = token == null ? null : sessions.find(token).map(WebSessions.Session::csrf).orElse(null);
        return describe(csrf);
    }

    @DELETE
    @ApiResponseType(value = Void.class, status = 204, summary = "退出：会话结束，Cookie 作废。Sign out: the session ends and its cookie is dropped")
    public Response signOut(@Parameter(description = "会话 Cookie（登录时由服务器设置）。The session cookie (set by the server at sign-in).") @CookieParam(SessionCredentials.COOKIE) String token, @Context SecurityContext security) {
        sessions.end(token);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCredentials.clearCookie(security.isSecure()))
                .build();
    }

    private SessionDTO describe(String csrf) {
        Caller caller = CallerContext.current().orElseThrow(() -> new IllegalStateException("no caller"));
        SessionDTO d = new SessionDTO();
        d.user = caller.user();
        d.roles = new ArrayList<>(WebSessions.guanaiRoles(caller.roles()));
        d.csrfToken = csrf;
        UserAccessService current = access;
        Scope scope = current == null ? Scope.nothing() : current.scopeOf(caller);
        d.scope = scope.isAll() ? "all" : scope.isNothing() ? "nothing" : "assigned";
        d.townships = new ArrayList<>(scope.isAll() ? List.of() : scope.touchedTownships());
        return d;
    }
}
