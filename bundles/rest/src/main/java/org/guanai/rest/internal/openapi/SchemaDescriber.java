package org.guanai.rest.internal.openapi;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Describes each named DTO schema from its package's {@link Descriptions}: the schema's and each property's
 * description (Chinese and English), {@code required}, {@code readOnly}, {@code writeOnly}, {@code nullable}
 * and an example.
 */
final class SchemaDescriber {
    private final Descriptions descriptions = new Descriptions();

    private Map<String, Schema> schemas = Map.of();

    void describe(Map<String, Schema> schemas, Map<String, Class<?>> classes) {
        this.schemas = schemas;
        classes.forEach((name, type) -> {
            Schema<?> schema = schemas.get(name);
            if (schema != null && descriptions.describes(type)) {
                if (type.isEnum()) {
                    Descriptions.Entry own = descriptions.ofClass(type);
                    if (own != null) {
                        schema.setDescription(own.description);
                    }
                } else if (schema.getProperties() != null) {
                    describe(schema, type);
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describe(Schema<?> schema, Class<?> type) {
        Descriptions.Entry own = descriptions.ofClass(type);
        if (own != null) {
            schema.setDescription(own.description);
        }
        Map<String, Schema> properties = schema.getProperties();
        for (Field field : Descriptions.fields(type)) {
            Schema property = properties.get(field.getName());
            if (property == null) {
                continue;
            }
            Descriptions.Entry entry = descriptions.ofField(type, field.getName());
            boolean required = entry != null && entry.has("required");
            boolean nullable = entry != null && entry.has("nullable")
                    || !required && !(entry != null && entry.has("notNull")) && Descriptions.nullByDefault(type, field);
            Schema target = property.get$ref() == null ? null
                    : schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
            if (nullable && target != null && target.getEnum() != null) {
                // a null must pass the schema itself: OpenAPI 3.0's nullable does not reach into allOf/$ref
                Schema inline = new StringSchema();
                inline.setEnum(new java.util.ArrayList<>(target.getEnum()));
                properties.put(field.getName(), inline);
                property = inline;
            } else if (property.get$ref() != null && (entry != null || nullable)) {
                // OpenAPI 3.0 ignores the siblings of a $ref: wrap it to carry a description and nullable
                Schema wrapped = new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref())));
                properties.put(field.getName(), wrapped);
                property = wrapped;
            }
            if (property instanceof DateSchema || property instanceof DateTimeSchema) {
                // these turn a string example into a java.util.Date, written back as a date-time
                Schema plain = new StringSchema().format(property.getFormat());
                properties.put(field.getName(), plain);
                property = plain;
            }
            if (nullable) {
                property.setNullable(true);
            }
            if (entry == null) {
                continue;
            }
            property.setDescription(entry.description);
            if (entry.has("readOnly")) {
                property.setReadOnly(true);
            }
            if (entry.has("writeOnly")) {
                property.setWriteOnly(true);
            }
            if (required && (schema.getRequired() == null || !schema.getRequired().contains(field.getName()))) {
                schema.addRequiredItem(field.getName());
            }
            if (entry.example != null) {
                property.setExample(typed(property, entry.example));
            }
        }
    }

    /** An example as the schema's type wants it: {@code 12} for an integer, {@code "12"} for a string. */
    static Object typed(Schema<?> schema, String example) {
        String type = schema.getType();
        try {
            if ("integer".equals(type)) {
                return Long.valueOf(example);
            }
            if ("number".equals(type)) {
                return new BigDecimal(example);
            }
            if ("boolean".equals(type)) {
                return Boolean.valueOf(example);
            }
            if ("array".equals(type) || "object".equals(type)) {
                return Json.mapper().readTree(example);
            }
        } catch (NumberFormatException | JsonProcessingException e) {
            throw new IllegalArgumentException("example " + example + " is not a " + type, e);
        }
        return example;
    }
}
