package org.guanai.rest.internal.openapi;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Generic types made concrete: {@code Page<T>} seen as {@code Page<PersonDTO>}. */
final class Types {
    private Types() {
    }

    static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
        return new Parameterized(raw, arguments);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return raw(((ParameterizedType) type).getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Array.newInstance(raw(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType) {
            return raw(((WildcardType) type).getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable) {
            Type[] bounds = ((TypeVariable<?>) type).getBounds();
            return bounds.length == 0 ? Object.class : raw(bounds[0]);
        }
        return Object.class;
    }

    /** The type variables of {@code type} and of its superclasses, bound to what {@code type} says. */
    static Map<TypeVariable<?>, Type> bindings(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        Type current = type;
        while (current != null && raw(current) != Object.class) {
            Class<?> raw = raw(current);
            if (current instanceof ParameterizedType) {
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] arguments = ((ParameterizedType) current).getActualTypeArguments();
                for (int i = 0; i < variables.length && i < arguments.length; i++) {
                    bindings.put(variables[i], resolve(arguments[i], bindings));
                }
            }
            current = raw.getGenericSuperclass();
        }
        return bindings;
    }

    static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable) {
            Type bound = bindings.get(type);
            return bound != null ? bound : raw(type);
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Type[] arguments = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bindings))
                    .toArray(Type[]::new);
            return new Parameterized(raw(p), arguments);
        }
        if (type instanceof GenericArrayType) {
            Type component = resolve(((GenericArrayType) type).getGenericComponentType(), bindings);
            return component instanceof Class ? Array.newInstance((Class<?>) component, 0).getClass()
                    : (GenericArrayType) () -> component;
        }
        if (type instanceof WildcardType) {
            return resolve(((WildcardType) type).getUpperBounds()[0], bindings);
        }
        return type;
    }

    /** A stable identity for a type, whoever built the Type object. */
    static String key(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            return key(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(Types::key)
                    .collect(Collectors.joining(",", "<", ">"));
        }
        return type instanceof Class ? ((Class<?>) type).getName() : type.getTypeName();
    }

    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;

        Parameterized(Class<?> raw, Type[] arguments) {
            this.raw = raw;
            this.arguments = arguments.clone();
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public String getTypeName() {
            return key(this);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType && key(this).equals(key((ParameterizedType) o));
        }

        @Override
        public int hashCode() {
            return key(this).hashCode();
        }

        @Override
        public String toString() {
            return key(this);
        }
    }
}
