package org.guanai.registry.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.validation.Eligibility;

/** Maps persons to DTOs with their eligibility warnings, looking up their households' migrants once per page. */
final class PersonReader {

    /** A husband or wife away from a household with children is, in a household register, their parent. */
    private static final Set<MigrantRelation> PARENTS =
            EnumSet.of(MigrantRelation.FATHER, MigrantRelation.MOTHER, MigrantRelation.HUSBAND, MigrantRelation.WIFE);
    private static final Set<MigrantRelation> RELEVANT = PARENTS;

    private PersonReader() {
    }

    static PersonDTO toDto(EntityManager em, PersonEntity person, LocalDate today) {
        return toDtos(em, List.of(person), today).get(0);
    }

    static List<PersonDTO> toDtos(EntityManager em, List<PersonEntity> persons, LocalDate today) {
        Map<Long, Set<MigrantRelation>> migrants = migrantRelations(em, persons);
        List<PersonDTO> dtos = new ArrayList<>(persons.size());
        for (PersonEntity p : persons) {
            PersonDTO d = PersonMapper.toDto(p);
            Set<MigrantRelation> away = migrants.getOrDefault(p.getHouseholdId(), Set.of());
            boolean parentAway = away.stream().anyMatch(PARENTS::contains);
            // in Chinese, the first language: a record's hints are data, not an answer to one reader
            d.warnings = Eligibility.warnings(d, parentAway, away.contains(MigrantRelation.HUSBAND), today).stream()
                    .map(Message::toString).collect(Collectors.toCollection(ArrayList::new));
            dtos.add(d);
        }
        return dtos;
    }

    private static Map<Long, Set<MigrantRelation>> migrantRelations(EntityManager em, List<PersonEntity> persons) {
        Set<Long> households = new HashSet<>();
        persons.stream().map(PersonEntity::getHouseholdId).filter(Objects::nonNull).forEach(households::add);
        Map<Long, Set<MigrantRelation>> relations = new HashMap<>();
        if (households.isEmpty()) {
            return relations;
        }
        List<Object[]> rows = em.createQuery("SELECT m.household.id, m.relation FROM MigrantMember m"
                        + " WHERE m.household.id IN :households AND m.relation IN :relations", Object[].class)
                .setParameter("households", households)
                .setParameter("relations", RELEVANT)
                .getResultList();
        for (Object[] row : rows) {
            relations.computeIfAbsent((Long) row[0], h -> EnumSet.noneOf(MigrantRelation.class))
                    .add((MigrantRelation) row[1]);
        }
        return relations;
    }
}
