package org.guanai.testing.fakes;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * A canned fake of a registry-style service (list/get/create/update/end): records each call in
 * {@link Calls} and answers with a fresh record made by {@link Maker} whose version tells which
 * call made it. A subclass names the service interface it implements; these methods serve it.
 *
 * @param <Q> the query type
 * @param <T> the record type
 */
public abstract class CannedService<Q, T> extends Calls<Q> {

    /** Makes a record with an id and a version. */
    @FunctionalInterface
    public interface Maker<T> {
        T make(long id, long version);
    }

    private final String type;
    private final Maker<T> maker;

    protected CannedService(String type, Maker<T> maker) {
        this.type = type;
        this.maker = maker;
    }

    /** Records of a DTO class with public {@code id} and {@code version} fields, as every Guanai record has. */
    protected CannedService(String type, Class<T> recordType) {
        this(type, (id, version) -> record(recordType, id, version));
    }

    static <T> T record(Class<T> recordType, long id, long version) {
        try {
            T record = recordType.getConstructor().newInstance();
            recordType.getField("id").set(record, id);
            recordType.getField("version").set(record, version);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(recordType + " is no record with public id and version", e);
        }
    }

    public Page<T> list(Q query, PageRequest page) {
        return recordList(query, page);
    }

    public T get(long id) {
        recordGet(type, id);
        return maker.make(id, 3);
    }

    public T create(T record) {
        recordCreate(record);
        return maker.make(CREATED_ID, 0);
    }

    public T update(long id, long expectedVersion, T record) {
        recordUpdate(id, expectedVersion, record);
        return maker.make(id, expectedVersion + 1);
    }

    public T end(long id, long expectedVersion, EndRequest end) {
        recordEnd(id, expectedVersion, end);
        return maker.make(id, expectedVersion + 1);
    }
}
