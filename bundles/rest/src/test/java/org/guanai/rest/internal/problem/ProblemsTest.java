package org.guanai.rest.internal.problem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.InternalServerErrorException;
import javax.ws.rs.NotAcceptableException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.guanai.rest.internal.InvalidInputException;
import org.guanai.rest.internal.RestText;
import org.guanai.rest.internal.json.GuanaiJson;
import org.junit.Test;

public class ProblemsTest {
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final String PATH = "/api/v1/persons/7";
    private final Problems problems = new Problems();
    private final ObjectMapper mapper = GuanaiJson.create();

    @Test
    public void validationListsEveryField() {
        JsonNode body = map(new ValidationException(List.of(new FieldError("idNumber", "check digit is wrong"),
                new FieldError("migrantMembers[0].phone", "not a phone number"))), 400, "validation");
        assertEquals(2, body.get("errors").size());
        assertEquals("migrantMembers[0].phone", body.at("/errors/1/field").asText());
        assertEquals("not a phone number", body.at("/errors/1/message").asText());
        assertEquals(PATH, body.get("instance").asText());
        assertEquals("Invalid request", body.get("title").asText());
    }

    @Test
    public void jsonFieldErrorIsAValidationProblem() {
        JsonNode body = map(InvalidInputException.field("birthDate", RestText.message("type.date")), 400,
                "validation");
        assertEquals("birthDate", body.at("/errors/0/field").asText());
        assertEquals("birthDate: not a date (expected YYYY-MM-DD)", body.get("detail").asText());
    }

    @Test
    public void jsonSyntaxErrorIsMalformedWithoutErrors() {
        JsonNode body = map(InvalidInputException.malformed(RestText.message("body.malformedAt", 3, 7)), 400,
                "malformed-request");
        assertEquals("malformed JSON at line 3, column 7", body.get("detail").asText());
        assertFalse(body.has("errors"));
    }

    @Test
    public void oversizedBodyIs413AndBadPathParameter404() {
        map(InvalidInputException.tooLarge(RestText.message("body.tooLarge", 10)), 413, "payload-too-large");
        JsonNode body = map(InvalidInputException.pathParameter("id", RestText.message("type.integer")), 404, "not-found");
        assertEquals("id: not an integer", body.get("detail").asText());
    }

    @Test
    public void notFound() {
        JsonNode body = map(new NotFoundException("person", 7), 404, "not-found");
        assertEquals("person 7 does not exist", body.get("detail").asText());
    }

    @Test
    public void conflictNamesItsField() {
        JsonNode body = map(new ConflictException("idNumber", "already registered as person 3"), 409, "conflict");
        assertEquals("idNumber", body.at("/errors/0/field").asText());
        assertFalse(map(new ConflictException(null, "already ended"), 409, "conflict").has("errors"));
    }

    @Test
    public void staleVersionIs412WithTheCurrentEtag() {
        Response r = problems.toResponse(new StaleVersionException("person", 7, 2, 5), PATH, ENGLISH);
        assertEquals(412, r.getStatus());
        assertEquals("\"5\"", r.getMetadata().getFirst("ETag").toString().replace("W/", ""));
        assertEquals(ProblemType.BASE + "stale-version", problem(r).type);
    }

    @Test
    public void ifMatchProblems() {
        map(new Etags.PreconditionRequiredException(), 428, "precondition-required");
        JsonNode body = map(new Etags.IllegalIfMatchException("abc"), 400, "malformed-request");
        assertTrue(body.get("detail").asText().contains("abc"));
    }

    @Test
    public void runtimeErrorsKeepTheirStatus() {
        map(new javax.ws.rs.NotFoundException(), 404, "not-found");
        map(new NotSupportedException(), 415, "unsupported-media-type");
        map(new NotAcceptableException(), 406, "not-acceptable");
        map(new ForbiddenException(), 403, "forbidden");
        Response allowed = problems.toResponse(new NotAllowedException("GET", new String[] {"PUT"}), PATH, ENGLISH);
        assertEquals(405, allowed.getStatus());
        assertTrue(problem(allowed).detail, problem(allowed).detail.contains("allowed: "));
        assertTrue(String.valueOf(allowed.getMetadata().getFirst("Allow")).contains("PUT"));
    }

    @Test
    public void aResourcesForbiddenMessageReachesTheClient() {
        JsonNode body = map(new ForbiddenException("recording a health result needs the health role"), 403,
                "forbidden");
        assertEquals("recording a health result needs the health role", body.get("detail").asText());
        assertEquals("Forbidden", body.get("title").asText());
    }

    @Test
    public void aForbiddenWithoutAPlainMessageKeepsTheGenericText() {
        String generic = "you are not allowed to do this";
        assertEquals(generic, map(new ForbiddenException(), 403, "forbidden").get("detail").asText());
        assertEquals(generic, map(new ForbiddenException(""), 403, "forbidden").get("detail").asText());
        assertEquals(generic, map(new ForbiddenException((String) null), 403, "forbidden").get("detail").asText());
        assertEquals(generic, map(new ForbiddenException(new IllegalStateException("row 7 of T_CHECK")), 403,
                "forbidden").get("detail").asText());
        assertEquals("a wrapped exception's message may be internal", generic, map(new ForbiddenException(
                "SELECT outcome FROM check_record", new IllegalStateException()), 403, "forbidden").get("detail").asText());
        assertEquals(generic, map(new ForbiddenException("line one\n\tat org.guanai.X"), 403, "forbidden")
                .get("detail").asText());
        assertEquals(generic, map(new ForbiddenException("x".repeat(400)), 403, "forbidden").get("detail").asText());
        assertEquals("other runtime 403s are generic", generic,
                map(new WebApplicationException("no", 403), 403, "forbidden").get("detail").asText());
    }

    @Test
    public void theFilterRefusalsAreProblems() {
        Response forbidden = problems.forbidden(PATH, RestText.message("auth.roleRefused"), ENGLISH);
        assertEquals(403, forbidden.getStatus());
        assertEquals(ProblemType.BASE + "forbidden", problem(forbidden).type);
        assertEquals("your role does not allow this", problem(forbidden).detail);
        Response locked = problems.unauthorized(PATH, RestText.message("auth.locked"), ENGLISH);
        assertEquals(401, locked.getStatus());
        assertEquals("Basic realm=\"Guanai\"", locked.getMetadata().getFirst("WWW-Authenticate"));
        assertEquals("too many failed logins; try again later", problem(locked).detail);
    }

    @Test
    public void parameterTheRuntimeCouldNotConvertSaysSo() {
        JsonNode body = map(new BadRequestException(new NumberFormatException("For input string: \"abc\"")), 400,
                "malformed-request");
        assertEquals("a path, query or header parameter has a malformed value", body.get("detail").asText());
        assertFalse(body.toString().contains("For input string"));
    }

    @Test
    public void unauthorizedCarriesTheBasicChallenge() {
        Response r = problems.unauthorized(PATH, ENGLISH);
        assertEquals(401, r.getStatus());
        assertEquals("Basic realm=\"Guanai\"", r.getMetadata().getFirst("WWW-Authenticate"));
        assertEquals(ProblemType.BASE + "unauthorized", problem(r).type);
        Response thrown = problems.toResponse(new javax.ws.rs.NotAuthorizedException("Basic"), PATH);
        assertEquals("Basic realm=\"Guanai\"", thrown.getMetadata().getFirst("WWW-Authenticate"));
    }

    @Test
    public void anythingElseIsAnInternalErrorWithAReferenceAndNoDetails() {
        RuntimeException e = new IllegalStateException("SELECT * FROM PERSON WHERE ID_NUMBER = '110101…'",
                new SQLException("ERROR 42X05: Table 'PERSON' does not exist"));
        JsonNode body = map(e, 500, "internal");
        String text = body.toString();
        assertTrue(text, body.get("detail").asText()
                .matches("internal error; see the server log \\(correlation id [0-9a-f-]{36}\\)"));
        assertTrue(text, body.get("detail").asText().contains(body.get("correlationId").asText()));
        for (String leak : new String[] {"SELECT", "PERSON", "Exception", "java.", "org.guanai", "\tat "}) {
            assertFalse(leak + " in " + text, text.contains(leak));
        }
        map(new InternalServerErrorException("db down"), 500, "internal");
        // the reference is a random UUID, whose hex may well contain "db": look for the message itself
        assertFalse(map(new InternalServerErrorException("db down"), 500, "internal").toString().contains("db down"));
    }

    @Test
    public void everyAnswerCarriesACorrelationIdInTheBodyAndAHeader() {
        for (Throwable e : new Throwable[] {new StaleVersionException("person", 7, 1, 2), new IllegalStateException("bug"),
            new ConflictException("idNumber", "already registered")}) {
            Response r = problems.toResponse(e, PATH, ENGLISH);
            String id = problem(r).correlationId;
            assertTrue(String.valueOf(id), id != null && id.matches("[0-9a-f-]{36}"));
            assertEquals(id, r.getMetadata().getFirst(Problems.CORRELATION_HEADER));
        }
        assertFalse(problem(problems.toResponse(new RuntimeException(), PATH)).correlationId
                .equals(problem(problems.toResponse(new RuntimeException(), PATH)).correlationId));
    }

    @Test
    public void otherStatusesKeepTheirStatusAsAboutBlank() {
        Response r = problems.toResponse(new WebApplicationException(410), PATH);
        assertEquals(410, r.getStatus());
        assertEquals("about:blank", problem(r).type);
        assertEquals("Gone", problem(r).title);
        Response unavailable = problems.toResponse(new ServiceUnavailableException(30L), PATH);
        assertEquals(503, unavailable.getStatus());
        assertEquals("30", String.valueOf(unavailable.getMetadata().getFirst("Retry-After")));
    }

    @Test
    public void everyProblemIsProblemJsonAndNotCached() {
        for (Throwable e : new Throwable[] {new NotFoundException("person", 1), new RuntimeException(),
            new NotAllowedException("GET"), InvalidInputException.malformed(Message.literal("x"))}) {
            Response r = problems.toResponse(e, null);
            assertEquals("application/problem+json", String.valueOf(r.getMetadata().getFirst("Content-Type")));
            assertEquals("no-store", r.getMetadata().getFirst("Cache-Control"));
            assertNull(problem(r).instance);
        }
    }

    @Test
    public void chineseUnlessEnglishIsAskedFor() {
        ValidationException e = ValidationException.of("limit", RestText.message("params.range", 1, 500, 0));
        Problem chinese = problem(problems.toResponse(e, PATH, null));
        assertEquals("请求有误", chinese.title);
        assertEquals("limit: 须在 1 到 500 之间，不是 0", chinese.detail);
        assertEquals("须在 1 到 500 之间，不是 0", chinese.errors.get(0).message);
        assertEquals(chinese.detail, problem(problems.toResponse(e, PATH, Locale.GERMAN)).detail);
        Problem english = problem(problems.toResponse(e, PATH, Locale.US));
        assertEquals("Invalid request", english.title);
        assertEquals("limit: must be between 1 and 500, not 0", english.detail);
        assertEquals("must be between 1 and 500, not 0", english.errors.get(0).message);
        assertEquals("人员 7 不存在", problem(problems.toResponse(new NotFoundException("person", 7), PATH)).detail);
        assertEquals("未找到", problem(problems.toResponse(new javax.ws.rs.NotFoundException(), PATH)).title);
        assertTrue(problem(problems.toResponse(new IllegalStateException(), PATH)).detail.startsWith("服务器内部错误"));
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), RestText.TEXT.problems());
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.name(), RestText.TEXT.has(type.title().key()) && RestText.TEXT.has(type.defaultDetail().key()));
        }
    }

    private JsonNode map(Throwable e, int status, String slug) {
        Response r = problems.toResponse(e, PATH, ENGLISH);
        assertEquals(status, r.getStatus());
        Problem p = problem(r);
        assertEquals(status, p.status);
        assertEquals("https://guanai.org/problems/" + slug, p.type);
        JsonNode body = mapper.valueToTree(p);
        assertFalse(body.toString(), body.toString().contains("Exception"));
        return body;
    }

    private static Problem problem(Response r) {
        return (Problem) r.getEntity();
    }
}
