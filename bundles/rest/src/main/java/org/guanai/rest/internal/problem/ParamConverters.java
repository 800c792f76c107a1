package org.guanai.rest.internal.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.InvalidInputException;
import org.guanai.rest.internal.RestText;
import org.guanai.rest.internal.TypeMessages;

/**
 * Converts numeric, boolean, date and enum parameters itself so that a bad value is reported
 * with the parameter's name ("limit: not an integer") instead of the runtime's anonymous 404/400.
 * Query, header and other parameters give a 400; path parameters a 404 (the path names nothing).
 * An empty value of a boxed type is "not given" (null).
 */
public final class ParamConverters implements ParamConverterProvider {
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Short.class, Short::valueOf), Map.entry(short.class, Short::valueOf),
            Map.entry(Double.class, Double::valueOf), Map.entry(double.class, Double::valueOf),
            Map.entry(Boolean.class, ParamConverters::strictBoolean),
            Map.entry(boolean.class, ParamConverters::strictBoolean),
            Map.entry(LocalDate.class, LocalDate::parse), Map.entry(Instant.class, Instant::parse));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        boolean path = false;
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof PathParam) {
                name = ((PathParam) a).value();
                path = true;
            } else if (a instanceof QueryParam) {
                name = ((QueryParam) a).value();
            } else if (a instanceof HeaderParam) {
                name = ((HeaderParam) a).value();
            } else if (a instanceof CookieParam) {
                name = ((CookieParam) a).value();
            } else if (a instanceof MatrixParam) {
                name = ((MatrixParam) a).value();
            } else if (a instanceof FormParam) {
                name = ((FormParam) a).value();
            }
        }
        Function<String, ?> parser = rawType.isEnum() ? enumParser(rawType) : PARSERS.get(rawType);
        if (name == null || parser == null) {
            return null;
        }
        return new Strict<>(name, path, rawType, parser);
    }

    private static Boolean strictBoolean(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(value)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException();
    }

    private static Function<String, ?> enumParser(Class<?> type) {
        return value -> {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException();
        };
    }

    private static final class Strict<T> implements ParamConverter<T> {
        private final String name;
        private final boolean path;
        private final Class<T> type;
        private final Function<String, ?> parser;

        Strict(String name, boolean path, Class<T> type, Function<String, ?> parser) {
            this.name = name;
            this.path = path;
            this.type = type;
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException(RestText.message("param.missing", name).toString());
            }
            String v = value.trim();
            if (v.isEmpty() && !type.isPrimitive()) {
                return null;
            }
            try {
                return (T) parser.apply(v);
            } catch (RuntimeException e) {
                Message message = TypeMessages.invalid(type, v);
                throw path ? InvalidInputException.pathParameter(name, message)
                        : InvalidInputException.field(name, message);
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value);
        }
    }
}
