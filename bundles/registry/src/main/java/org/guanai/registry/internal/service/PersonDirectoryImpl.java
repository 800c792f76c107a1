package org.guanai.registry.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Modules' batch lookups of persons: scoped and masked as {@link PersonServiceImpl} reads are, a few queries for
 * any number of ids, and no {@code person.read} row (a module showing whose check it lists is not a user opening
 * her record). {@link #summaries} reads the short rows of a whole township or county in one projected query.
 */
@Component(service = PersonDirectory.class)
public class PersonDirectoryImpl implements PersonDirectory {

    /** Ids per query: well below what every database takes in one IN list. */
    static final int CHUNK = 500;

    private final JpaTemplate jpa;
    private final Visibility visibility;
    private final CallerView view;
    private final Clock clock;

    /** {@code visibility} may be null in tests: everyone visible in full. */
    @Activate
    public PersonDirectoryImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                               @Reference(name = "visibility") Visibility visibility,
                               @Reference(name = "schema") RegistrySchema schema) {
        this.jpa = jpa;
        this.visibility = visibility;
        this.view = new CallerView(visibility);
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    public Map<Long, PersonDTO> find(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        distinct.removeIf(Objects::isNull);
        Map<Long, PersonDTO> found = new LinkedHashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        Scope scope = visibility == null ? Scope.all() : visibility.scope();
        LocalDate today = LocalDate.now(clock);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            List<PersonDTO> persons = jpa.txExpr(TransactionType.Required, em -> {
                Filter filter = PersonServiceImpl.SCOPING.restrict(new Filter().and("e.id IN ?", chunk), scope);
                return PersonReader.toDtos(em, filter.list(em, PersonEntity.class, "e.id"), today);
            });
            view.presentPersons(persons).forEach(p -> found.put(p.id, p));
        }
        return found;
    }

    @Override
    public List<PersonSummaryDTO> summaries(PersonQuery query) {
        Scope scope = visibility == null ? Scope.all() : visibility.scope();
        boolean masks = view.masks();
        Filter filter = PersonServiceImpl.SCOPING.restrict(PersonServiceImpl.filter(query), scope);
        List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> filter.select(em, PersonEntity.class,
                "e.id, e.name, e.townshipCode, e.villageCode, e.phone", "e.id", Object[].class));
        List<PersonSummaryDTO> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            PersonSummaryDTO s = new PersonSummaryDTO();
            s.id = ((Number) row[0]).longValue();
            s.name = (String) row[1];
            s.townshipCode = (String) row[2];
            s.villageCode = (String) row[3];
            s.phone = masks ? Masking.phone((String) row[4]) : (String) row[4];
            summaries.add(s);
        }
        return summaries;
    }
}
