package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterValues;

/**
 * The members working away that a row names: the template's one (外出成员姓名 …), or a roster's father, mother or
 * husband with a workplace (父亲姓名 + 父亲务工地点 …, the workplace split into province and city). A parent whose
 * workplace is empty or says he is at home (在家, 本地) is not away. A bad member rejects its row.
 */
final class MigrantColumns {

    private record Family(RosterColumn name, RosterColumn workplace, RosterColumn phone, MigrantRelation relation,
                          String label) {
    }

    private static final List<Family> FAMILY = List.of(
            new Family(FATHER_NAME, FATHER_WORKPLACE, FATHER_PHONE, MigrantRelation.FATHER, "父亲"),
            new Family(MOTHER_NAME, MOTHER_WORKPLACE, MOTHER_PHONE, MigrantRelation.MOTHER, "母亲"),
            new Family(HUSBAND_NAME, HUSBAND_WORKPLACE, HUSBAND_PHONE, MigrantRelation.HUSBAND, "丈夫"));

    private final HouseholdServiceImpl rules;

    MigrantColumns(HouseholdServiceImpl rules) {
        this.rules = rules;
    }

    void read(ImportResult result, ImportModel.Row row, HouseholdDTO stored) {
        if (row.src.anyOf(RosterColumn.Part.MIGRANT)) {
            MigrantMemberDTO m = new MigrantMemberDTO();
            m.name = row.src.get(MIGRANT_NAME);
            Checks parse = new Checks();
            m.relation = RowValues.parseEnum(row, MIGRANT_RELATION, RosterValues.MIGRANT_RELATION, parse, "relation");
            m.homeFrequency = RowValues.parseEnum(row, HOME_FREQUENCY, RosterValues.HOME_FREQUENCY, parse, "homeFrequency");
            try {
                m.awaySince = RosterValues.date(row.src.get(AWAY_SINCE));
            } catch (IllegalArgumentException e) {
                parse.add("awaySince", ImportMessages.DATE_BAD.text(row.src.get(AWAY_SINCE)));
            }
            String[] place = RosterValues.workplace(row.src.get(WORKPLACE));
            m.workProvince = row.src.has(WORK_PROVINCE) ? row.src.get(WORK_PROVINCE) : place[0];
            m.workCity = row.src.has(WORK_CITY) ? row.src.get(WORK_CITY) : place[1];
            m.employer = row.src.get(EMPLOYER);
            m.phone = row.src.get(MIGRANT_PHONE);
            add(result, row, m, parse, stored, MIGRANT_NAME, MIGRANT_PHONE);
        }
        for (Family f : FAMILY) {
            String workplace = row.src.get(f.workplace);
            if (!row.src.sheetHas(f.workplace) || RosterValues.atHome(workplace)) {
                continue;
            }
            MigrantMemberDTO m = new MigrantMemberDTO();
            m.name = row.src.get(f.name);
            if (m.name.isEmpty()) {
                result.reject(row, f.name, ImportMessages.PARENT_NAME_MISSING.text(f.label, f.relation.name().toLowerCase()),
                        ImportMessages.hint(f.name));
                continue;
            }
            m.relation = f.relation;
            String[] place = RosterValues.workplace(workplace);
            m.workProvince = place[0];
            m.workCity = place[1];
            m.phone = row.src.get(f.phone);
            add(result, row, m, new Checks(), stored, f.name, f.phone);
        }
    }

    private void add(ImportResult result, ImportModel.Row row, MigrantMemberDTO m, Checks parse, HouseholdDTO stored,
                     RosterColumn nameColumn, RosterColumn phoneColumn) {
        if (RosterValues.scientific(m.phone)) {
            result.reject(row, phoneColumn, ImportMessages.NUMBER_SCIENTIFIC.text(m.phone), ImportMessages.hint(phoneColumn));
            return;
        }
        boolean keepPhone = Masking.isMasked(m.phone);
        if (keepPhone) {
            m.phone = null;
        }
        Checks checks = new Checks();
        MigrantMemberDTO valid = rules.validate(m, "", checks);
        List<FieldError> errors = new ArrayList<>(RowValues.errors(parse));
        for (FieldError f : RowValues.errors(checks)) {
            if (errors.stream().noneMatch(x -> x.field.equals(f.field))) {
                errors.add(f);
            }
        }
        if (!errors.isEmpty()) {
            for (FieldError f : errors) {
                RosterColumn c = switch (f.field) {
                    case "name" -> nameColumn;
                    case "relation" -> MIGRANT_RELATION;
                    case "workProvince" -> row.src.sheetHas(WORK_PROVINCE) ? WORK_PROVINCE : WORKPLACE;
                    case "workCity" -> row.src.sheetHas(WORK_CITY) ? WORK_CITY : WORKPLACE;
                    case "employer" -> EMPLOYER;
                    case "phone" -> phoneColumn;
                    case "awaySince" -> AWAY_SINCE;
                    default -> HOME_FREQUENCY;
                };
                result.rejectRule(row, c, f.text());
            }
            return;
        }
        if (keepPhone && stored != null) {
            valid.phone = stored.migrantMembers.stream().filter(s -> Objects.equals(s.name, valid.name)
                    && s.relation == valid.relation).map(s -> s.phone).findFirst().orElse(null);
        }
        row.migrants.add(valid);
    }
}
