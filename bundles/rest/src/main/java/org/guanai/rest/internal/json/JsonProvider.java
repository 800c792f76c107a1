package org.guanai.rest.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.internal.InvalidInputException;
import org.guanai.rest.internal.RestText;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Reads and writes {@code application/json} and every {@code +json} type (problem+json too) with
 * one Jackson mapper. Unreadable input becomes an {@link InvalidInputException} (a 400 naming the
 * field), never a Jackson exception.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsApplicationSelect(GuanaiRest.SELECT_APPLICATIONS)
@JaxrsName(GuanaiRest.JSON_EXTENSION)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, JsonProvider.ANY_JSON})
@Produces({MediaType.APPLICATION_JSON, JsonProvider.ANY_JSON})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    static final String ANY_JSON = "application/*+json";
    static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** Types the container's own providers handle better: written as they are, not as JSON strings. */
    private static final Set<Class<?>> UNTOUCHABLE = Set.of(String.class, byte[].class, char[].class,
            InputStream.class, Reader.class, OutputStream.class, StreamingOutput.class, Response.class);

    private final ObjectMapper mapper;

    public JsonProvider() {
        this(GuanaiJson.create());
    }

    JsonProvider(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A body is read as JSON only when it says it is JSON: a wildcard Content-Type, or none, is a 415. */
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type) && isDeclaredJson(mediaType);
    }

    /**
     * The runtime hands a request's wildcard Content-Type on as the method's JSON type; the request's own header
     * decides: {@code *}{@code /*}, {@code application/*} or none is a 415.
     */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String declared = httpHeaders == null ? null : httpHeaders.getFirst(HttpHeaders.CONTENT_TYPE);
        if (httpHeaders != null && !isDeclaredJson(parse(declared))) {
            throw new NotSupportedException(Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build());
        }
        return read(genericType == null ? type : genericType, entityStream);
    }

    private static MediaType parse(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The body as {@code type}; @throws InvalidInputException when it is missing or not a valid {@code type}. */
    Object read(Type type, InputStream body) {
        if (body == null) {
            throw InvalidInputException.bodyRequired();
        }
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        try (JsonParser parser = mapper.createParser(new LimitedInputStream(body, MAX_BODY_BYTES))) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw InvalidInputException.bodyRequired();
            }
            Object value = mapper.readerFor(javaType).readValue(parser);
            if (parser.nextToken() != null) {
                throw InvalidInputException.malformed(RestText.message("body.trailing",
                        parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr()));
            }
            return value;
        } catch (IOException e) {
            throw JsonErrors.translate(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type) && isJson(mediaType);
    }

    @Override
    public long getSize(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return -1;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writeValue(entityStream, value);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    private static boolean handles(Class<?> type) {
        return UNTOUCHABLE.stream().noneMatch(u -> u.isAssignableFrom(type));
    }

    /** application/json or a structured +json type, named as such (no wildcard). */
    static boolean isDeclaredJson(MediaType mediaType) {
        return mediaType != null && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype() && isJson(mediaType);
    }

    /** No Content-Type, a wildcard, application/json or any structured +json type: what may be written. */
    static boolean isJson(MediaType mediaType) {
        if (mediaType == null || mediaType.isWildcardType()) {
            return true;
        }
        String subtype = mediaType.getSubtype().toLowerCase();
        return "application".equalsIgnoreCase(mediaType.getType())
                && (mediaType.isWildcardSubtype() || subtype.equals("json") || subtype.endsWith("+json"));
    }
}
