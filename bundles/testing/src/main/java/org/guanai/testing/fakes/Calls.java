package org.guanai.testing.fakes;

import java.util.ArrayList;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * What a canned fake saw in its last call, for the REST resource tests: the fakes answer with a
 * record whose version tells which call made it (get: 3, create: 0, update/end: expected version + 1).
 * Id {@link #MISSING} does not exist.
 *
 * @param <Q> the service's query type
 */
public class Calls<Q> {
    /** The id a create answers with. */
    public static final long CREATED_ID = 7;
    /** The id that does not exist. */
    public static final long MISSING = 404;

    public int calls;
    public Q query;
    public PageRequest page;
    public Long id;
    public Long expectedVersion;
    public Object body;
    public EndRequest end;

    /** Records a list call and answers an empty page. */
    public <T> Page<T> recordList(Q q, PageRequest p) {
        calls++;
        query = q;
        page = p;
        return new Page<>(new ArrayList<>(), 0, p.offset, p.limit);
    }

    /** Records a get; {@link #MISSING} throws the service's NotFoundException for type. */
    public void recordGet(String type, long id) {
        calls++;
        this.id = id;
        if (id == MISSING) {
            throw new NotFoundException(type, id);
        }
    }

    public void recordCreate(Object body) {
        calls++;
        this.body = body;
    }

    public void recordUpdate(long id, long version, Object body) {
        calls++;
        this.id = id;
        expectedVersion = version;
        this.body = body;
    }

    public void recordEnd(long id, long version, EndRequest end) {
        calls++;
        this.id = id;
        expectedVersion = version;
        this.end = end;
    }
}
