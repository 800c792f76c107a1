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

import org.guanai.rest.internal.InvalidInputException;
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
            return InvalidInputException.tooLarge("request body exceeds " + JsonProvider.MAX_BODY_BYTES / (1024 * 1024)
                    + " MiB");
        }
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            return InvalidInputException.malformed(limitMessage(limit));
        }
        JsonMappingException mapping = find(e, JsonMappingException.class);
        String path = mapping == null ? null : path(mapping);
        if (find(e, WellFormedText.IllFormedTextException.class) != null) {
            return fieldOrMalformed(path, "not valid Unicode text (a lone surrogate)");
        }
        InputCoercionException range = find(e, InputCoercionException.class);
        if (range != null) {
            return fieldOrMalformed(path, "number out of range");
        }
        StreamReadException syntax = find(e, StreamReadException.class);
        if (syntax != null) {
            return InvalidInputException.malformed("malformed JSON" + at(syntax.getLocation()));
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return fieldOrMalformed(path, unknownField((UnrecognizedPropertyException) mapping));
        }
        if (mapping instanceof MismatchedInputException) {
            return fieldOrMalformed(path, mismatch((MismatchedInputException) mapping));
        }
        if (mapping != null) {
            return fieldOrMalformed(path, "invalid value");
        }
        return InvalidInputException.malformed("the request body could not be read");
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

    private static String mismatch(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isPrimitive() && currentToken(e) == JsonToken.VALUE_NULL) {
            return "must not be null";
        }
        Object value = e instanceof InvalidFormatException ? ((InvalidFormatException) e).getValue() : null;
        return TypeMessages.invalid(target, value);
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        Collection<Object> known = e.getKnownPropertyIds();
        if (known == null || known.isEmpty() || known.size() > MAX_KNOWN_FIELDS_LISTED) {
            return "unknown field";
        }
        return "unknown field (known fields: "
                + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "JSON nested too deeply (at most " + GuanaiJson.MAX_NESTING_DEPTH + " levels)";
        }
        if (m.contains("String value length")) {
            return "a JSON string is too long (at most " + GuanaiJson.MAX_STRING_LENGTH + " characters)";
        }
        if (m.contains("Number value length")) {
            return "a JSON number is too long (at most " + GuanaiJson.MAX_NUMBER_LENGTH + " digits)";
        }
        return "JSON exceeds a size limit";
    }

    private static InvalidInputException fieldOrMalformed(String path, String message) {
        return path == null ? InvalidInputException.malformed("request body: " + message)
                : InvalidInputException.field(path, message);
    }

    private static JsonToken currentToken(MismatchedInputException e) {
        Object processor = e.getProcessor();
        return processor instanceof JsonParser ? ((JsonParser) processor).currentToken() : null;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
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
