package org.guanai.rest.internal.openapi;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Learns, while swagger-core resolves models, which Java class each named schema stands for, so that
 * {@link SchemaDescriber} can describe it from its package's {@link Descriptions}. Changes no schema.
 */
final class ModelNames implements ModelConverter {
    private static final String REF = "#/components/schemas/";
    private final Map<String, Class<?>> classes;

    ModelNames(Map<String, Class<?>> classes) {
        this.classes = classes;
    }

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null) {
            String name = schema.get$ref() != null && schema.get$ref().startsWith(REF)
                    ? schema.get$ref().substring(REF.length()) : schema.getName();
            if (name != null) {
                JavaType javaType = Json.mapper().constructType(type.getType());
                classes.putIfAbsent(name, javaType.getRawClass());
            }
        }
        return schema;
    }
}
