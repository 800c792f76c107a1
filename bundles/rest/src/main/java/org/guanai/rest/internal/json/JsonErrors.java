package org.guanai.rest.internal.json;

import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.InvalidInputException;
import org.guanai.rest.internal.RestText;
import org.guanai.rest.internal.TypeMessages;

/**
 * Turns what Jackson throws into an {@link InvalidInputException} naming the JSON path of the bad
 * value. Jackson's own messages are never passed on: they name Java classes.
 */
final class JsonErrors {
    private static final int MAX_KNOWN_FIELDS_LISTED = 40;

    private JsonErrors() {
    }

    static InvalidInputException translate(IOException e) {
        if (find(e, LimitedInputStream.BodyTooLargeException.class) != null) {
            return InvalidInputException.tooLarge(
                    RestText.message("body.tooLarge", JsonProvider.MAX_BODY_BYTES / (1024 * 1024)));
        }
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            return InvalidInputException.malformed(limitMessage(limit));
        }
        JsonMappingException mapping = find(e, JsonMappingException.class);
        String path = mapping == null ? null : path(mapping);
        if (find(e, WellFormedText.IllFormedTextException.class) != null) {
            return fieldOrMalformed(path, RestText.message("body.notUnicode"));
        }
        InputCoercionException range = find(e, InputCoercionException.class);
        if (range != null) {
            return fieldOrMalformed(path, RestText.message("body.outOfRange"));
        }
        StreamReadException syntax = find(e, StreamReadException.class);
        if (syntax != null) {
            return InvalidInputException.malformed(at(syntax.getLocation()));
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return fieldOrMalformed(path, unknownField((UnrecognizedPropertyException) mapping));
        }
        if (mapping instanceof MismatchedInputException) {
            return fieldOrMalformed(path, mismatch((MismatchedInputException) mapping));
        }
        if (mapping != null) {
            return fieldOrMalformed(path, RestText.message("type.invalid"));
        }
        return InvalidInputException.malformed(RestText.message("body.unreadable"));
    }

    /** Jackson's path as clients write it: {@code migrantMembers[0].phone}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static Message mismatch(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isPrimitive() && currentToken(e) == JsonToken.VALUE_NULL) {
            return RestText.message("body.notNull");
        }
        Object value = e instanceof InvalidFormatException ? ((InvalidFormatException) e).getValue() : null;
        return TypeMessages.invalid(target, value);
    }

    private static Message unknownField(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        if (known == null || known.isEmpty() || known.size() > MAX_KNOWN_FIELDS_LISTED) {
            return RestText.message("body.unknownField");
        }
        return RestText.message("body.unknownFieldKnown",
                known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
    }

    private static Message limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return RestText.message("body.tooDeep", GuanaiJson.MAX_NESTING_DEPTH);
        }
        if (m.contains("String value length")) {
            return RestText.message("body.stringTooLong", GuanaiJson.MAX_STRING_LENGTH);
        }
        if (m.contains("Number value length")) {
            return RestText.message("body.numberTooLong", GuanaiJson.MAX_NUMBER_LENGTH);
        }
        return RestText.message("body.sizeLimit");
    }

    private static InvalidInputException fieldOrMalformed(String path, Message message) {
        return path == null ? InvalidInputException.malformed(RestText.message("body.prefix", message))
                : InvalidInputException.field(path, message);
    }

    private static JsonToken currentToken(MismatchedInputException e) {
        Object processor = e.getProcessor();
        return processor instanceof JsonParser ? ((JsonParser) processor).currentToken() : null;
    }

    private static Message at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return RestText.message("body.malformed");
        }
        return RestText.message("body.malformedAt", location.getLineNr(), location.getColumnNr());
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
