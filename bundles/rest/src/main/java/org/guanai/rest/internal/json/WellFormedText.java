package org.guanai.rest.internal.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Every JSON string the API reads, as Jackson reads it, refused when it is not valid Unicode: a lone surrogate
 * ({@code "\ud800"}, or the bytes of one) cannot be stored faithfully, printed, or exported to a spreadsheet.
 */
final class WellFormedText extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    /** Names the field it is thrown for (Jackson adds the path); {@link JsonErrors} words the message. */
    static final class IllFormedTextException extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        IllFormedTextException(JsonParser parser) {
            super(parser, "text with a lone surrogate");
        }
    }

    WellFormedText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        if (text != null && !wellFormed(text)) {
            throw new IllFormedTextException(p);
        }
        return text;
    }

    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
