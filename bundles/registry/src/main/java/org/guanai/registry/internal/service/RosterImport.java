package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.roster.RosterLine;
import org.guanai.registry.internal.roster.RosterReader;
import org.guanai.registry.internal.roster.RosterValues;
import org.guanai.registry.internal.validation.Eligibility;
import org.guanai.registry.internal.validation.Phones;
import org.guanai.registry.internal.validation.ResidentIdNumber;

/**
 * The roster import engine: validates every row as a REST create would, finds duplicates, then writes the
 * good rows in chunks, each chunk one transaction.
 *
 * <p><b>Rows.</b> A row is imported whole or not at all: any error on it (its person, its migrant member,
 * its guardian) rejects the row, with a line in the report. An error in a household's own columns
 * (village, phone, …) rejects every row of that household, so no household is ever half-there.
 *
 * <p><b>Matching and re-import.</b> Households are matched by 户编号 ({@code #123} matches household 123,
 * which is how an export writes a household that has no key), persons by ID number, guardianships by
 * child and guardian. A row whose records are already stored exactly so is <i>unchanged</i> and writes
 * nothing; a row that differs <i>updates</i> the records (the roster is the county's current list). A
 * column the file does not have leaves the stored values alone; a masked phone ({@code 138****5678},
 * from a masked export) keeps the stored phone. Nothing is ever ended or deleted by an import.
 * Re-running a file therefore changes nothing, and after a crash a re-run completes what was missing.
 *
 * <p><b>Duplicates.</b> The same ID number twice in a file: the second row is rejected. A new person
 * with the same birth date, gender and township as another person in the file or the registry and the
 * same or a similar name (same surname, given names at most one character apart) is <i>possibly a
 * duplicate</i>: not imported, reported with
 * the other person's id or line, unless {@link ImportOptions#confirmDuplicates}. Never merged.
 *
 * <p><b>Chunks.</b> About {@link #CHUNK_ROWS} rows, cut at household boundaries; one transaction writes a
 * chunk's households, migrant members, persons and guardianships, after one query each for the
 * households, persons and guardianships it touches. A guardianship whose guardian is in a later chunk is
 * written after the last chunk (in a transaction of its own).
 */
final class RosterImport {

    static final int CHUNK_ROWS = 500;
    static final int LOOKUP_BATCH = 500;
    static final int MAX_NAME_DISTANCE = 1;

    /** What the engine tells its job while it works. */
    interface Progress {
        /** Validation is done: the rows, and how many are already settled (rejected, duplicates). */
        void validated(int rowsTotal, int rowsSettled);

        /** A chunk committed (or, in a dry run, was decided). */
        void chunkDone(int rows, int imported, int unchanged);

        Progress NONE = new Progress() {
            @Override
            public void validated(int rowsTotal, int rowsSettled) {
            }

            @Override
            public void chunkDone(int rows, int imported, int unchanged) {
            }
        };
    }

    /** Called inside each chunk's transaction after its writes, before the commit: tests inject failures here. */
    interface ChunkHook {
        void beforeCommit(int chunk);
    }

    /** The outcome of a run. */
    static final class Result {
        int rowsTotal;
        int imported;
        int updated;
        int unchanged;
        int rejected;
        int duplicates;
        int withWarnings;
        final List<ImportProblemDTO> problems = new ArrayList<>();
    }

    private final JpaTemplate jpa;
    private final DivisionService divisions;
    private final HouseholdServiceImpl householdRules;
    private final PersonRules personRules;
    private final Clock clock;
    /** The caller's divisions, asked at the start of each run (on the job's thread, bound to its caller). */
    private final Supplier<Scope> scopes;
    /** The scope of the run in progress: rows outside it are rejected. Runs are one at a time. */
    private Scope scope = Scope.all();
    ChunkHook hook = chunk -> { };
    int chunkRows = CHUNK_ROWS;

    RosterImport(JpaTemplate jpa, DivisionService divisions, Clock clock) {
        this(jpa, divisions, clock, Scope::all);
    }

    RosterImport(JpaTemplate jpa, DivisionService divisions, Clock clock, Supplier<Scope> scopes) {
        this.scopes = scopes;
        this.jpa = jpa;
        this.divisions = divisions;
        this.householdRules = new HouseholdServiceImpl(jpa, divisions, null, null, null);
        this.personRules = new PersonRules(divisions);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the model of a file

    private static final class Row {
        final RosterLine src;
        Household household;
        /** Validated, as the file has it (before merging with what is stored). */
        PersonDTO person;
        MigrantMemberDTO migrant;
        Guardian guardian;
        boolean rejected;
        boolean duplicate;
        boolean warned;
        boolean changed;

        Row(RosterLine src) {
            this.src = src;
        }

        boolean ok() {
            return !rejected && !duplicate;
        }
    }

    private static final class Household {
        final String key;
        /** For a {@code #123} key: the household with that id. */
        final Long idRef;
        final List<Row> rows = new ArrayList<>();
        final Map<RosterColumn, String> values = new HashMap<>();
        final Map<RosterColumn, Row> valueRows = new HashMap<>();
        HouseholdDTO dto;
        /** The migrant members to store, or null to keep the stored ones (the file has no migrant columns). */
        List<MigrantMemberDTO> migrants;
        boolean rejected;
        String notes;

        Household(String key, Long idRef) {
            this.key = key;
            this.idRef = idRef;
        }
    }

    private static final class Guardian {
        String childIdNumber;
        String guardianIdNumber;
        GuardianRelation relation;
        GuardianCapacity capacity;
        String phone;
        boolean keepPhone;
    }

    /** What the registry already holds for a file's ID numbers: enough to validate and find duplicates. */
    private record Known(long id, String name, LocalDate birthDate, String gender, String townshipCode,
                         boolean child) {
    }

    // ---------------------------------------------------------------- run

    Result run(RosterReader reader, ImportOptions options, Progress progress) {
        scope = scopes.get();
        Result result = new Result();
        result.problems.addAll(reader.problems);
        Set<RosterColumn> columns = reader.columns;
        LocalDate today = LocalDate.now(clock);

        List<Row> rows = new ArrayList<>();
        Map<String, Household> households = new LinkedHashMap<>();
        List<Row> noHousehold = new ArrayList<>();
        List<Row> guardianRows = new ArrayList<>();
        for (RosterLine line : reader.lines) {
            Row row = new Row(line);
            rows.add(row);
            String key = line.get(HOUSEHOLD_KEY);
            if (key.isEmpty()) {
                if (!line.has(NAME) && line.has(ID_NUMBER) && line.anyOf(RosterColumn.Part.GUARDIAN)) {
                    guardianRows.add(row);
                } else if (line.has(NAME) && !line.anyOf(RosterColumn.Part.MIGRANT)) {
                    noHousehold.add(row);
                } else {
                    reject(result, row, HOUSEHOLD_KEY, "户编号 is empty", HOUSEHOLD_KEY.description());
                }
                continue;
            }
            if (key.length() > HouseholdServiceImpl.HOUSEHOLD_KEY_MAX) {
                reject(result, row, HOUSEHOLD_KEY, "is longer than " + HouseholdServiceImpl.HOUSEHOLD_KEY_MAX
                        + " characters", HOUSEHOLD_KEY.description());
                continue;
            }
            Household h = households.computeIfAbsent(key, k -> new Household(k, idRef(k)));
            h.rows.add(row);
            row.household = h;
        }
        result.rowsTotal = rows.size();

        Villages villages = new Villages(divisions);
        Map<Long, HouseholdDTO> storedById = new HashMap<>();
        Map<String, HouseholdDTO> storedByKey = storedHouseholds(households.values(), storedById);
        for (Household h : households.values()) {
            checkHousehold(result, h, columns, villages, h.idRef != null ? storedById.get(h.idRef)
                    : storedByKey.get(h.key), today);
        }

        // persons: validated like a REST create
        Map<String, Row> byIdNumber = new HashMap<>();
        for (Row row : rows) {
            if (row.rejected || !row.src.has(NAME) || (row.household != null && row.household.rejected)) {
                continue;
            }
            String village = row.household != null ? (row.household.dto == null ? null : row.household.dto.villageCode)
                    : villages.resolve(result, row, this);
            if (row.rejected) {
                continue;
            }
            checkPerson(result, row, village, today);
            if (row.person != null) {
                Row first = byIdNumber.putIfAbsent(row.person.idNumber, row);
                if (first != null) {
                    reject(result, row, ID_NUMBER, "the same ID number as line " + first.src.line
                            + "; this row is not imported", "each person once in a file");
                }
            }
        }
        Map<String, Known> known = knownPersons(rows, guardianRows);
        findLikelyDuplicates(result, rows, known, options.confirmDuplicates);
        checkGuardians(result, rows, guardianRows, byIdNumber, known, today);
        warnEligibility(result, rows, columns, today);

        for (Row row : rows) {
            if (row.rejected) {
                result.rejected++;
            } else if (row.duplicate) {
                result.duplicates++;
            } else if (row.warned) {
                result.withWarnings++;
            }
        }
        progress.validated(result.rowsTotal, result.rejected + result.duplicates);

        List<List<Row>> chunks = chunks(households.values(), noHousehold, guardianRows);
        List<Row> deferred = new ArrayList<>();
        int index = 0;
        for (List<Row> chunk : chunks) {
            int chunkIndex = index++;
            writeChunk(result, chunk, columns, options.dryRun, deferred, chunkIndex, progress, false);
        }
        if (!deferred.isEmpty()) {
            writeChunk(result, deferred, columns, options.dryRun, new ArrayList<>(), index, progress, true);
        }
        result.problems.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line)
                : Objects.compare(a.sheet, b.sheet, java.util.Comparator.nullsFirst(String::compareTo)));
        return result;
    }

    private static Long idRef(String key) {
        if (key.length() > 1 && key.charAt(0) == '#' && key.substring(1).chars().allMatch(Character::isDigit)
                && key.length() < 19) {
            return Long.valueOf(key.substring(1));
        }
        return null;
    }

    // ---------------------------------------------------------------- households

    private Map<String, HouseholdDTO> storedHouseholds(Collection<Household> households, Map<Long, HouseholdDTO> byId) {
        Map<String, HouseholdDTO> byKey = new HashMap<>();
        List<String> keys = households.stream().filter(h -> h.idRef == null).map(h -> h.key).toList();
        List<Long> ids = households.stream().filter(h -> h.idRef != null).map(h -> h.idRef).toList();
        for (List<String> batch : batches(keys)) {
            tx(em -> {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.householdKey IN :k",
                        HouseholdEntity.class).setParameter("k", padded(batch))
                        .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                        .getResultList()) {
                    byKey.put(e.getHouseholdKey(), HouseholdMapper.toDto(e));
                }
                return null;
            });
        }
        for (List<Long> batch : batches(ids)) {
            tx(em -> {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.id IN :k",
                        HouseholdEntity.class).setParameter("k", padded(batch)).getResultList()) {
                    byId.put(e.getId(), HouseholdMapper.toDto(e));
                }
                return null;
            });
        }
        return byKey;
    }

    private void checkHousehold(Result result, Household h, Set<RosterColumn> columns, Villages villages,
                                HouseholdDTO stored, LocalDate today) {
        for (Row row : h.rows) {
            for (RosterColumn c : RosterColumn.values()) {
                if (c.part() == RosterColumn.Part.HOUSEHOLD && c != HOUSEHOLD_KEY && row.src.has(c)) {
                    String value = row.src.get(c);
                    String first = h.values.putIfAbsent(c, value);
                    if (first == null) {
                        h.valueRows.put(c, row);
                    } else if (!first.equals(value)) {
                        warn(result, row, c, "differs from line " + h.valueRows.get(c).src.line + " of the same household ("
                                + first + "); that value is used", "the same household values on every row");
                    }
                }
            }
            if (!row.src.has(NAME) && row.src.has(NOTES) && h.notes == null) {
                h.notes = row.src.get(NOTES);
            }
        }
        if (h.idRef != null && stored == null) {
            rejectHousehold(result, h, HOUSEHOLD_KEY, "there is no household " + h.idRef + " in the registry",
                    "a county household number, or #id of an existing household");
            return;
        }
        Row first = h.rows.get(0);
        HouseholdDTO in = new HouseholdDTO();
        in.householdKey = h.idRef != null ? stored.householdKey : h.key;
        Row villageRow = h.valueRows.getOrDefault(VILLAGE, first);
        String village = h.values.get(VILLAGE);
        if (village == null && stored != null) {
            in.villageCode = stored.villageCode;
        } else {
            String error = villages.code(h.values.get(TOWNSHIP), village);
            if (error != null) {
                rejectHousehold(result, h, villageRow, village == null ? VILLAGE : error.startsWith("乡镇") ? TOWNSHIP : VILLAGE,
                        error.startsWith("乡镇") ? error.substring(3) : error, VILLAGE.description());
                return;
            }
            in.villageCode = villages.lastCode;
        }
        in.address = pick(h, ADDRESS, columns, stored == null ? null : stored.address);
        in.headName = pick(h, HEAD_NAME, columns, stored == null ? null : stored.headName);
        String phone = pick(h, HOUSEHOLD_PHONE, columns, stored == null ? null : stored.contactPhone);
        in.contactPhone = Masking.isMasked(phone) && stored != null ? stored.contactPhone : phone;
        try {
            Boolean hardship = RosterValues.yesNo(h.values.get(HARDSHIP));
            in.hardship = hardship != null ? hardship : columns.contains(HARDSHIP) || stored == null ? false : stored.hardship;
        } catch (IllegalArgumentException e) {
            rejectHousehold(result, h, h.valueRows.get(HARDSHIP), HARDSHIP, "'" + h.values.get(HARDSHIP)
                    + "' is not a yes/no value", e.getMessage());
            return;
        }
        in.notes = h.notes != null ? h.notes : stored == null ? null : stored.notes;
        try {
            h.dto = householdRules.validate(in);
            if (!scope.includes(h.dto.townshipCode, h.dto.villageCode)) {
                rejectHousehold(result, h, villageRow, VILLAGE, h.dto.villageCode + " is outside your divisions",
                        "a village of the divisions assigned to you");
                return;
            }
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                RosterColumn c = switch (f.field) {
                    case "householdKey" -> HOUSEHOLD_KEY;
                    case "villageCode" -> VILLAGE;
                    case "address" -> ADDRESS;
                    case "contactPhone" -> HOUSEHOLD_PHONE;
                    case "notes" -> NOTES;
                    default -> HEAD_NAME;
                };
                Row at = h.valueRows.getOrDefault(c, first);
                problem(result, at, c, Severity.ERROR, f.message + "; the household's rows are not imported",
                        c.description());
            }
            rejectHousehold(result, h, null, null, null, null);
            return;
        }
        // migrant members: one per row; a bad one rejects its row
        if (columns.contains(MIGRANT_NAME)) {
            h.migrants = new ArrayList<>();
        }
        for (Row row : h.rows) {
            if (!row.src.anyOf(RosterColumn.Part.MIGRANT)) {
                continue;
            }
            MigrantMemberDTO m = new MigrantMemberDTO();
            m.name = row.src.get(MIGRANT_NAME);
            Checks parse = new Checks();
            m.relation = parseEnum(row, MIGRANT_RELATION, RosterValues.MIGRANT_RELATION, parse);
            m.homeFrequency = parseEnum(row, HOME_FREQUENCY, RosterValues.HOME_FREQUENCY, parse);
            try {
                m.awaySince = RosterValues.date(row.src.get(AWAY_SINCE));
            } catch (IllegalArgumentException e) {
                parse.add("awaySince", e.getMessage());
            }
            m.workProvince = row.src.get(WORK_PROVINCE);
            m.workCity = row.src.get(WORK_CITY);
            m.employer = row.src.get(EMPLOYER);
            m.phone = row.src.get(MIGRANT_PHONE);
            boolean keepPhone = Masking.isMasked(m.phone);
            if (keepPhone) {
                m.phone = null;
            }
            Checks checks = new Checks();
            MigrantMemberDTO valid = householdRules.validate(m, "", checks);
            List<FieldError> errors = new ArrayList<>();
            if (parse.hasErrors()) {
                try {
                    parse.throwIfAny();
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
            if (checks.hasErrors()) {
                try {
                    checks.throwIfAny();
                } catch (ValidationException e) {
                    e.errors().stream().filter(f -> errors.stream().noneMatch(x -> x.field.equals(f.field)))
                            .forEach(errors::add);
                }
            }
            if (!errors.isEmpty()) {
                for (FieldError f : errors) {
                    RosterColumn c = switch (f.field) {
                        case "name" -> MIGRANT_NAME;
                        case "relation" -> MIGRANT_RELATION;
                        case "workProvince" -> WORK_PROVINCE;
                        case "workCity" -> WORK_CITY;
                        case "employer" -> EMPLOYER;
                        case "phone" -> MIGRANT_PHONE;
                        case "awaySince" -> AWAY_SINCE;
                        default -> HOME_FREQUENCY;
                    };
                    reject(result, row, c, describe(row, c, f.message), c.description());
                }
                continue;
            }
            if (keepPhone && stored != null) {
                valid.phone = stored.migrantMembers.stream().filter(s -> Objects.equals(s.name, valid.name)
                        && s.relation == valid.relation).map(s -> s.phone).findFirst().orElse(null);
            }
            row.migrant = valid;
        }
    }

    private static String pick(Household h, RosterColumn c, Set<RosterColumn> columns, String stored) {
        String v = h.values.get(c);
        if (v != null) {
            return v;
        }
        return columns.contains(c) ? null : stored;
    }

    private void rejectHousehold(Result result, Household h, RosterColumn c, String problem, String expected) {
        rejectHousehold(result, h, h.rows.get(0), c, problem, expected);
    }

    private void rejectHousehold(Result result, Household h, Row at, RosterColumn c, String problem, String expected) {
        h.rejected = true;
        Row where = at == null ? h.rows.get(0) : at;
        if (problem != null) {
            problem(result, where, c, Severity.ERROR, problem + "; the household's rows are not imported", expected);
        }
        for (Row row : h.rows) {
            if (!row.rejected && row != where) {
                problem(result, row, HOUSEHOLD_KEY, Severity.ERROR, "household " + h.key + " is not imported (see line "
                        + where.src.line + ")", "a valid household");
            }
            row.rejected = true;
        }
    }

    // ---------------------------------------------------------------- persons

    private void checkPerson(Result result, Row row, String villageCode, LocalDate today) {
        RosterLine l = row.src;
        PersonDTO in = new PersonDTO();
        in.name = l.get(NAME);
        in.idNumber = l.get(ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
        in.villageCode = villageCode;
        in.phone = l.get(PHONE);
        if (Masking.isMasked(in.phone)) {
            in.phone = null; // merged with the stored phone when written
        }
        in.notes = l.get(NOTES);
        Checks parse = new Checks();
        in.gender = parseEnum(row, GENDER, RosterValues.GENDER, parse);
        in.schoolStage = parseEnum(row, SCHOOL_STAGE, RosterValues.SCHOOL_STAGE, parse);
        try {
            in.categories = RosterValues.categories(l.get(CATEGORIES));
        } catch (IllegalArgumentException e) {
            parse.add("categories", "'" + l.get(CATEGORIES) + "' is not a care category");
            in.categories = EnumSet.noneOf(CareCategory.class);
        }
        List<FieldError> errors = new ArrayList<>(errorsOf(parse));
        try {
            row.person = personRules.validate(null, in, today);
            if (!scope.includes(row.person.townshipCode, row.person.villageCode)) {
                errors.add(new FieldError("villageCode", row.person.villageCode + " is outside your divisions"));
            }
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                if (errors.stream().noneMatch(x -> x.field.equals(f.field))) {
                    errors.add(f);
                }
            }
        }
        if (!errors.isEmpty()) {
            row.person = null;
            for (FieldError f : errors) {
                RosterColumn c = switch (f.field) {
                    case "name" -> NAME;
                    case "idNumber", "birthDate" -> ID_NUMBER;
                    case "gender" -> GENDER;
                    case "phone" -> PHONE;
                    case "categories" -> CATEGORIES;
                    case "schoolStage" -> SCHOOL_STAGE;
                    case "notes" -> NOTES;
                    default -> VILLAGE;
                };
                reject(result, row, c, describe(row, c, f.message), c.description());
            }
        }
    }

    private static List<FieldError> errorsOf(Checks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static <E extends Enum<E>> E parseEnum(Row row, RosterColumn c, Map<E, String> labels, Checks checks) {
        try {
            return RosterValues.parse(row.src.get(c), labels);
        } catch (IllegalArgumentException e) {
            checks.add(field(c), "'" + row.src.get(c) + "' is not one of " + e.getMessage());
            return null;
        }
    }

    private static String field(RosterColumn c) {
        return switch (c) {
            case GENDER -> "gender";
            case SCHOOL_STAGE -> "schoolStage";
            case MIGRANT_RELATION -> "relation";
            case HOME_FREQUENCY -> "homeFrequency";
            case GUARDIAN_RELATION -> "relation";
            case GUARDIAN_CAPACITY -> "capacity";
            default -> c.english();
        };
    }

    private static String describe(Row row, RosterColumn c, String message) {
        String value = row.src.get(c);
        if (c == ID_NUMBER || c == PHONE || c == MIGRANT_PHONE || c == GUARDIAN_PHONE || c == HOUSEHOLD_PHONE
                || c == GUARDIAN_ID_NUMBER || value.isEmpty() || message.contains("'" + value + "'")) {
            return message; // the report never repeats a personal number in full
        }
        return "'" + value + "': " + message;
    }

    /** The registry's persons among the file's ID numbers (persons and guardians), one query per batch. */
    private Map<String, Known> knownPersons(List<Row> rows, List<Row> guardianRows) {
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            if (row.person != null) {
                ids.add(row.person.idNumber);
            }
            String g = row.src.get(GUARDIAN_ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
            if (!g.isEmpty()) {
                ids.add(g);
            }
        }
        for (Row row : guardianRows) {
            ids.add(row.src.get(ID_NUMBER).toUpperCase(java.util.Locale.ROOT));
        }
        Map<String, Known> known = new HashMap<>();
        for (List<String> batch : batches(new ArrayList<>(ids))) {
            tx(em -> {
                for (Object[] r : em.createQuery("SELECT p.idNumber, p.id, p.name, p.birthDate, p.gender,"
                        + " p.townshipCode, p.child FROM Person p WHERE p.idNumber IN :ids", Object[].class)
                        .setParameter("ids", padded(batch)).getResultList()) {
                    known.put((String) r[0], new Known((Long) r[1], (String) r[2], (LocalDate) r[3], r[4].toString(),
                            (String) r[5], (Boolean) r[6]));
                }
                return null;
            });
        }
        return known;
    }

    // ---------------------------------------------------------------- duplicates

    private void findLikelyDuplicates(Result result, List<Row> rows, Map<String, Known> known, boolean confirm) {
        // new persons only: a person already in the registry under the same ID number is the same person
        List<Row> fresh = rows.stream().filter(r -> r.ok() && r.person != null && !known.containsKey(r.person.idNumber))
                .toList();
        Map<String, List<Known>> registry = new HashMap<>();
        List<LocalDate> dates = fresh.stream().map(r -> r.person.birthDate).distinct().toList();
        for (List<LocalDate> batch : batches(dates)) {
            tx(em -> {
                for (Object[] r : em.createQuery("SELECT p.id, p.name, p.birthDate, p.gender, p.townshipCode,"
                        + " p.idNumber FROM Person p WHERE p.birthDate IN :d", Object[].class)
                        .setParameter("d", padded(batch)).getResultList()) {
                    Known k = new Known((Long) r[0], (String) r[1], (LocalDate) r[2], r[3].toString(), (String) r[4],
                            false);
                    registry.computeIfAbsent(similarityKey(k.birthDate, k.gender, k.townshipCode), x -> new ArrayList<>())
                            .add(k);
                }
                return null;
            });
        }
        Map<String, List<Row>> inFile = new HashMap<>();
        for (Row row : fresh) {
            PersonDTO p = row.person;
            String key = similarityKey(p.birthDate, p.gender.toString(), p.townshipCode);
            String found = null;
            for (Known k : registry.getOrDefault(key, List.of())) {
                if (!k.name.isEmpty() && similarNames(k.name, p.name)) {
                    found = "possible duplicate of person " + k.id + " (" + k.name + ", same birth date, gender and"
                            + " township) already in the registry";
                    break;
                }
            }
            if (found == null) {
                for (Row other : inFile.getOrDefault(key, List.of())) {
                    if (similarNames(other.person.name, p.name)) {
                        found = "possible duplicate of line " + other.src.line + " (" + other.person.name
                                + ", same birth date, gender and township)";
                        break;
                    }
                }
            }
            inFile.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
            if (found != null) {
                if (confirm) {
                    warn(result, row, NAME, found + "; imported as confirmed", null);
                } else {
                    row.duplicate = true;
                    problem(result, row, NAME, Severity.DUPLICATE, found + "; not imported",
                            "a person to check; re-run with --confirm-duplicates (confirmDuplicates=true) to import");
                }
            }
        }
    }

    private static String similarityKey(LocalDate birth, String gender, String township) {
        return birth + "|" + gender + "|" + township;
    }

    /**
     * The same surname (first character) and given names at most one character apart (added, removed or
     * changed: Levenshtein distance on code points), which catches the usual typos and homophone
     * characters (秀英/秀瑛) without flagging 张伟 and 王伟 as one person.
     */
    static boolean similarNames(String a, String b) {
        int[] x = a.strip().codePoints().toArray();
        int[] y = b.strip().codePoints().toArray();
        if (x.length == 0 || y.length == 0 || x[0] != y[0]) {
            return false;
        }
        if (Math.abs(x.length - y.length) > MAX_NAME_DISTANCE) {
            return false;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length] <= MAX_NAME_DISTANCE;
    }

    // ---------------------------------------------------------------- guardians

    private void checkGuardians(Result result, List<Row> rows, List<Row> guardianRows, Map<String, Row> byIdNumber,
                                Map<String, Known> known, LocalDate today) {
        for (Row row : rows) {
            RosterLine l = row.src;
            boolean guardianOnly = guardianRows.contains(row);
            if (!row.ok() || !(guardianOnly || l.has(GUARDIAN_ID_NUMBER))) {
                continue;
            }
            if (!guardianOnly && row.person == null) {
                continue;
            }
            Guardian g = new Guardian();
            g.childIdNumber = guardianOnly ? l.get(ID_NUMBER).toUpperCase(java.util.Locale.ROOT) : row.person.idNumber;
            g.guardianIdNumber = l.get(GUARDIAN_ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
            Checks checks = new Checks();
            g.relation = parseEnum(row, GUARDIAN_RELATION, RosterValues.GUARDIAN_RELATION, checks);
            g.capacity = parseEnum(row, GUARDIAN_CAPACITY, RosterValues.GUARDIAN_CAPACITY, checks);
            checks.require(field(GUARDIAN_RELATION), g.relation == null && l.has(GUARDIAN_RELATION) ? "x" : g.relation);
            checks.require(field(GUARDIAN_CAPACITY), g.capacity == null && l.has(GUARDIAN_CAPACITY) ? "x" : g.capacity);
            String phone = l.get(GUARDIAN_PHONE);
            g.keepPhone = Masking.isMasked(phone);
            if (!g.keepPhone) {
                g.phone = checks.attempt(() -> Phones.normalise(phone, "contactPhone"));
            }
            List<FieldError> errors = new ArrayList<>(errorsOf(checks));
            // the child
            boolean childIsChild;
            if (guardianOnly) {
                Row childRow = byIdNumber.get(g.childIdNumber);
                Known k = known.get(g.childIdNumber);
                if (childRow != null && childRow.ok()) {
                    childIsChild = childRow.person.categories.contains(CareCategory.LEFT_BEHIND_CHILD);
                } else if (k != null) {
                    childIsChild = k.child;
                } else {
                    errors.add(new FieldError("idNumber", childRow != null
                            ? "the child (line " + childRow.src.line + ") is not imported"
                            : "no child with this ID number in the file or the registry"));
                    childIsChild = true;
                }
            } else {
                childIsChild = row.person.categories.contains(CareCategory.LEFT_BEHIND_CHILD);
            }
            if (!childIsChild) {
                errors.add(new FieldError("guardianIdNumber", "a guardian is recorded for left-behind children only"));
            }
            // the guardian
            ResidentIdNumber gid = null;
            if (g.guardianIdNumber.isEmpty()) {
                errors.add(new FieldError("guardianIdNumber", "is required"));
            } else {
                try {
                    gid = ResidentIdNumber.parse(g.guardianIdNumber, "guardianIdNumber");
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
            if (gid != null) {
                Row guardianRow = byIdNumber.get(gid.value());
                if (gid.value().equals(g.childIdNumber)) {
                    errors.add(new FieldError("guardianIdNumber", "a child cannot be their own guardian"));
                } else if (guardianRow != null && !guardianRow.ok() && !known.containsKey(gid.value())) {
                    errors.add(new FieldError("guardianIdNumber", "the guardian (line " + guardianRow.src.line
                            + ") is not imported"));
                } else if (guardianRow == null && !known.containsKey(gid.value())) {
                    errors.add(new FieldError("guardianIdNumber",
                            "no person with this ID number in the file or the registry"));
                } else {
                    int age = Period.between(gid.birthDate(), today).getYears();
                    if (age < GuardianshipServiceImpl.ADULT_AGE) {
                        errors.add(new FieldError("guardianIdNumber", "the guardian is " + age
                                + ", a guardian must be an adult (" + GuardianshipServiceImpl.ADULT_AGE + " or older)"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                for (FieldError f : errors) {
                    RosterColumn c = switch (f.field) {
                        case "relation" -> GUARDIAN_RELATION;
                        case "capacity" -> GUARDIAN_CAPACITY;
                        case "contactPhone" -> GUARDIAN_PHONE;
                        case "idNumber" -> ID_NUMBER;
                        default -> GUARDIAN_ID_NUMBER;
                    };
                    reject(result, row, c, describe(row, c, f.message), c.description());
                }
                continue;
            }
            g.guardianIdNumber = gid.value();
            row.guardian = g;
        }
    }

    private void warnEligibility(Result result, List<Row> rows, Set<RosterColumn> columns, LocalDate today) {
        boolean migrantsKnown = columns.contains(MIGRANT_NAME);
        Map<Household, Set<MigrantRelation>> away = new HashMap<>();
        for (Row row : rows) {
            if (row.ok() && row.migrant != null) {
                away.computeIfAbsent(row.household, h -> EnumSet.noneOf(MigrantRelation.class)).add(row.migrant.relation);
            }
        }
        for (Row row : rows) {
            if (!row.ok() || row.person == null) {
                continue;
            }
            Set<MigrantRelation> a = away.getOrDefault(row.household, Set.of());
            boolean parent = !migrantsKnown || a.contains(MigrantRelation.FATHER) || a.contains(MigrantRelation.MOTHER)
                    || a.contains(MigrantRelation.HUSBAND) || a.contains(MigrantRelation.WIFE);
            boolean husband = !migrantsKnown || a.contains(MigrantRelation.HUSBAND);
            for (String w : Eligibility.warnings(row.person, parent, husband, today)) {
                warn(result, row, null, w, null);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    private List<List<Row>> chunks(Collection<Household> households, List<Row> noHousehold, List<Row> guardianRows) {
        List<List<Row>> chunks = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (Household h : households) {
            if (h.rejected) {
                continue;
            }
            List<Row> good = h.rows.stream().filter(Row::ok).toList();
            if (good.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && current.size() + good.size() > chunkRows) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(good);
        }
        for (Row r : noHousehold) {
            if (r.ok()) {
                if (current.size() >= chunkRows) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
                current.add(r);
            }
        }
        for (Row r : guardianRows) {
            if (r.ok()) {
                if (current.size() >= chunkRows) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
                current.add(r);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Writes one chunk in one transaction (a dry run decides the same things and writes nothing). Rows
     * whose guardian is not yet stored go to {@code deferred} (unless this is the deferred chunk itself).
     */
    private void writeChunk(Result result, List<Row> chunk, Set<RosterColumn> columns, boolean dryRun,
                            List<Row> deferred, int chunkIndex, Progress progress, boolean last) {
        int[] counts = new int[3]; // imported, updated, unchanged
        List<Row> toDefer = new ArrayList<>();
        tx(em -> {
            counts[0] = counts[1] = counts[2] = 0;
            toDefer.clear();
            // one query each for the chunk's households and persons
            Set<String> keys = new HashSet<>();
            Set<Long> householdIds = new HashSet<>();
            Set<String> idNumbers = new HashSet<>();
            for (Row r : chunk) {
                if (r.household != null) {
                    if (r.household.idRef != null) {
                        householdIds.add(r.household.idRef);
                    } else {
                        keys.add(r.household.key);
                    }
                }
                if (r.person != null) {
                    idNumbers.add(r.person.idNumber);
                }
                if (r.guardian != null) {
                    idNumbers.add(r.guardian.childIdNumber);
                    idNumbers.add(r.guardian.guardianIdNumber);
                }
            }
            Map<String, HouseholdEntity> households = new HashMap<>();
            if (!keys.isEmpty()) {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.householdKey IN :k",
                        HouseholdEntity.class).setParameter("k", padded(keys))
                        .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                        .getResultList()) {
                    households.put(e.getHouseholdKey(), e);
                }
            }
            if (!householdIds.isEmpty()) {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.id IN :k",
                        HouseholdEntity.class).setParameter("k", padded(householdIds)).getResultList()) {
                    households.put("#" + e.getId(), e);
                }
            }
            Map<String, PersonEntity> persons = new HashMap<>();
            if (!idNumbers.isEmpty()) {
                for (PersonEntity e : em.createQuery("SELECT p FROM Person p WHERE p.idNumber IN :n", PersonEntity.class)
                        .setParameter("n", padded(idNumbers)).getResultList()) {
                    persons.put(e.getIdNumber(), e);
                }
            }
            // households, with their migrant members
            Map<Household, HouseholdEntity> written = new LinkedHashMap<>();
            for (Row r : chunk) {
                Household h = r.household;
                if (h == null || written.containsKey(h)) {
                    continue;
                }
                HouseholdEntity e = households.get(h.idRef != null ? "#" + h.idRef : h.key);
                boolean changed;
                if (e == null) {
                    e = new HouseholdEntity();
                    HouseholdDTO d = copy(h.dto);
                    d.migrantMembers = h.migrants == null ? new ArrayList<>() : goodMigrants(h);
                    if (!dryRun) {
                        HouseholdMapper.apply(d, e);
                        em.persist(e);
                    }
                    changed = true;
                } else {
                    HouseholdDTO stored = HouseholdMapper.toDto(e);
                    HouseholdDTO d = copy(h.dto);
                    d.migrantMembers = h.migrants == null ? stored.migrantMembers : goodMigrants(h);
                    changed = !sameHousehold(stored, d);
                    if (changed && !dryRun) {
                        if (sameMigrants(stored.migrantMembers, d.migrantMembers)) {
                            applyFieldsOnly(d, e);
                        } else {
                            HouseholdMapper.apply(d, e);
                        }
                    }
                }
                written.put(h, e);
                if (changed) {
                    // the household's own rows carry the change; else its first row
                    List<Row> own = h.rows.stream().filter(x -> x.ok() && x.person == null).toList();
                    (own.isEmpty() ? h.rows.stream().filter(Row::ok).limit(1).toList() : own)
                            .forEach(x -> x.changed = true);
                }
            }
            if (!dryRun) {
                em.flush(); // household ids for the persons
            }
            // persons
            for (Row r : chunk) {
                if (r.person == null) {
                    continue;
                }
                PersonEntity e = persons.get(r.person.idNumber);
                PersonDTO d = copy(r.person);
                HouseholdEntity h = r.household == null ? null : written.get(r.household);
                d.householdId = h == null ? null : h.getId();
                if (e == null) {
                    if (!dryRun) {
                        e = new PersonEntity();
                        PersonMapper.apply(d, e);
                        em.persist(e);
                        persons.put(d.idNumber, e);
                    }
                    r.changed = true;
                    counts[0]++;
                } else {
                    PersonDTO stored = PersonMapper.toDto(e);
                    merge(stored, d, r.src, columns);
                    if (dryRun && h != null && h.getId() == null) {
                        d.householdId = stored.householdId == null ? -1L : stored.householdId + 1; // a new household
                    }
                    if (!samePerson(stored, d)) {
                        if (!dryRun) {
                            PersonMapper.apply(d, e);
                        }
                        r.changed = true;
                        counts[1]++;
                    }
                }
            }
            // guardianships
            Set<String> childNumbers = new HashSet<>();
            for (Row r : chunk) {
                if (r.guardian != null) {
                    childNumbers.add(r.guardian.childIdNumber);
                }
            }
            Map<String, List<GuardianshipEntity>> active = new HashMap<>();
            if (!childNumbers.isEmpty()) {
                for (GuardianshipEntity g : em.createQuery("SELECT g FROM Guardianship g WHERE g.child.idNumber IN :c"
                        + " AND g.status = :active", GuardianshipEntity.class)
                        .setParameter("c", padded(childNumbers)).setParameter("active", Status.ACTIVE).getResultList()) {
                    active.computeIfAbsent(g.getChild().getIdNumber(), x -> new ArrayList<>()).add(g);
                }
            }
            for (Row r : chunk) {
                Guardian g = r.guardian;
                if (g == null) {
                    continue;
                }
                PersonEntity child = persons.get(g.childIdNumber);
                PersonEntity guardian = persons.get(g.guardianIdNumber);
                if (guardian == null && !last) {
                    toDefer.add(r); // the guardian comes in a later chunk
                    continue;
                }
                if (dryRun && (child == null || guardian == null)) {
                    r.changed = true; // one of them is new: so is the guardianship
                    continue;
                }
                if (child == null || guardian == null) {
                    throw new IllegalStateException("line " + r.src.line + ": the guardian is missing after all chunks");
                }
                GuardianshipEntity existing = active.getOrDefault(g.childIdNumber, List.of()).stream()
                        .filter(x -> x.getGuardian().getIdNumber().equals(g.guardianIdNumber)).findFirst().orElse(null);
                if (existing == null) {
                    if (!dryRun) {
                        GuardianshipEntity e = new GuardianshipEntity();
                        e.setChild(child);
                        e.setGuardian(guardian);
                        e.setRelation(g.relation);
                        e.setCapacity(g.capacity);
                        e.setContactPhone(g.phone);
                        em.persist(e);
                    }
                    r.changed = true;
                } else {
                    String phone = g.keepPhone || !r.src.sheetHas(GUARDIAN_PHONE) ? existing.getContactPhone() : g.phone;
                    if (existing.getRelation() != g.relation || existing.getCapacity() != g.capacity
                            || !Objects.equals(existing.getContactPhone(), phone)) {
                        if (!dryRun) {
                            existing.setRelation(g.relation);
                            existing.setCapacity(g.capacity);
                            existing.setContactPhone(phone);
                        }
                        r.changed = true;
                    }
                }
            }
            if (!dryRun) {
                em.flush();
            }
            hook.beforeCommit(chunkIndex);
            return null;
        });
        deferred.addAll(toDefer);
        // a deferred row is counted once, in the chunk that finally writes its guardianship
        int imported = 0;
        int unchanged = 0;
        for (Row r : chunk) {
            if (toDefer.contains(r)) {
                continue;
            }
            if (r.changed) {
                imported++;
            } else {
                unchanged++;
            }
        }
        result.imported += imported;
        result.updated += counts[1];
        result.unchanged += unchanged;
        progress.chunkDone(imported + unchanged, imported, unchanged);
    }

    private static List<MigrantMemberDTO> goodMigrants(Household h) {
        List<MigrantMemberDTO> list = new ArrayList<>();
        for (Row r : h.rows) {
            if (r.ok() && r.migrant != null) {
                list.add(r.migrant);
            }
        }
        return list;
    }

    /** Keeps stored values the file does not give (columns it lacks, masked phones). */
    private static void merge(PersonDTO stored, PersonDTO d, RosterLine src, Set<RosterColumn> columns) {
        if (!columns.contains(PHONE) || Masking.isMasked(src.get(PHONE))) {
            d.phone = stored.phone;
        }
        if (!columns.contains(NOTES)) {
            d.notes = stored.notes;
        }
        if (!columns.contains(SCHOOL_STAGE)) {
            d.schoolStage = stored.schoolStage;
        }
    }

    private static boolean samePerson(PersonDTO a, PersonDTO b) {
        return Objects.equals(a.name, b.name) && a.gender == b.gender && Objects.equals(a.idNumber, b.idNumber)
                && Objects.equals(a.birthDate, b.birthDate) && Objects.equals(a.phone, b.phone)
                && Objects.equals(a.householdId, b.householdId) && Objects.equals(a.villageCode, b.villageCode)
                && Objects.equals(a.categories, b.categories) && a.schoolStage == b.schoolStage
                && Objects.equals(a.notes, b.notes);
    }

    private static boolean sameHousehold(HouseholdDTO a, HouseholdDTO b) {
        return Objects.equals(a.householdKey, b.householdKey) && Objects.equals(a.villageCode, b.villageCode)
                && Objects.equals(a.address, b.address) && Objects.equals(a.headName, b.headName)
                && Objects.equals(a.contactPhone, b.contactPhone) && a.hardship == b.hardship
                && Objects.equals(a.notes, b.notes) && sameMigrants(a.migrantMembers, b.migrantMembers);
    }

    /** The same members, in any order. */
    private static boolean sameMigrants(List<MigrantMemberDTO> a, List<MigrantMemberDTO> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Function<MigrantMemberDTO, List<Object>> k = m -> java.util.Arrays.asList(m.name, m.relation, m.workProvince,
                m.workCity, m.employer, m.phone, m.awaySince, m.homeFrequency);
        List<List<Object>> x = new ArrayList<>(a.stream().map(k).toList());
        for (MigrantMemberDTO m : b) {
            if (!x.remove(k.apply(m))) {
                return false;
            }
        }
        return true;
    }

    private static void applyFieldsOnly(HouseholdDTO d, HouseholdEntity e) {
        e.setHouseholdKey(d.householdKey);
        e.setVillageCode(d.villageCode);
        e.setTownshipCode(d.townshipCode);
        e.setAddress(d.address);
        e.setHeadName(d.headName);
        e.setContactPhone(d.contactPhone);
        e.setHardship(d.hardship);
        e.setNotes(d.notes);
    }

    private static HouseholdDTO copy(HouseholdDTO s) {
        HouseholdDTO d = new HouseholdDTO();
        d.householdKey = s.householdKey;
        d.villageCode = s.villageCode;
        d.townshipCode = s.townshipCode;
        d.address = s.address;
        d.headName = s.headName;
        d.contactPhone = s.contactPhone;
        d.hardship = s.hardship;
        d.notes = s.notes;
        return d;
    }

    private static PersonDTO copy(PersonDTO s) {
        PersonDTO d = new PersonDTO();
        d.name = s.name;
        d.gender = s.gender;
        d.idNumber = s.idNumber;
        d.birthDate = s.birthDate;
        d.phone = s.phone;
        d.villageCode = s.villageCode;
        d.townshipCode = s.townshipCode;
        d.categories = EnumSet.noneOf(CareCategory.class);
        d.categories.addAll(s.categories);
        d.schoolStage = s.schoolStage;
        d.notes = s.notes;
        return d;
    }

    // ---------------------------------------------------------------- helpers

    private <R> R tx(org.apache.aries.jpa.template.EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /**
     * The values of an IN list, repeated up to a fixed size (10, 100 or {@link #LOOKUP_BATCH}): Derby compiles
     * every statement text once and caches it, and compiling an IN list of hundreds of parameters costs more
     * than running it. Fixed sizes make the chunks' lookups a handful of cached statements.
     */
    static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            return list;
        }
        int size = list.size() <= 10 ? 10 : list.size() <= 100 ? 100 : Math.max(list.size(), LOOKUP_BATCH);
        T last = list.get(list.size() - 1);
        while (list.size() < size) {
            list.add(last);
        }
        return list;
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)));
        }
        return batches;
    }

    private static void problem(Result result, Row row, RosterColumn c, Severity severity, String problem,
                                String expected) {
        result.problems.add(new ImportProblemDTO(row.src.sheet, row.src.line, row.src.header(c), severity, problem,
                expected));
    }

    void reject(Result result, Row row, RosterColumn c, String problem, String expected) {
        row.rejected = true;
        problem(result, row, c, Severity.ERROR, problem, expected);
    }

    private static void warn(Result result, Row row, RosterColumn c, String problem, String expected) {
        row.warned = true;
        problem(result, row, c, Severity.WARNING, problem, expected);
    }

    /** Township and village names (or codes) to village codes, from the county's divisions. */
    private static final class Villages {
        private final DivisionService divisions;
        private final Map<String, String> townshipByName = new HashMap<>();
        private final Map<String, List<DivisionDTO>> villagesByName = new HashMap<>();
        String lastCode;

        Villages(DivisionService divisions) {
            this.divisions = divisions;
            String county;
            try {
                county = divisions.county().code;
            } catch (RuntimeException e) {
                return; // no county configured: every village is reported unknown
            }
            for (DivisionDTO t : divisions.children(county)) {
                townshipByName.put(t.name, t.code);
                for (DivisionDTO v : divisions.children(t.code)) {
                    villagesByName.computeIfAbsent(v.name, n -> new ArrayList<>()).add(v);
                }
            }
        }

        /** Sets {@link #lastCode}; returns an error (prefixed "乡镇:" when about the township) or null. */
        String code(String township, String village) {
            lastCode = null;
            if (village == null || village.isEmpty()) {
                return "村(社区) is required";
            }
            String townshipCode = null;
            if (township != null && !township.isEmpty()) {
                townshipCode = township.chars().allMatch(Character::isDigit) ? township : townshipByName.get(township);
                if (townshipCode == null || divisions.find(townshipCode).isEmpty()) {
                    return "乡镇:'" + township + "' is not a township of this county";
                }
            }
            if (village.length() == 12 && village.chars().allMatch(Character::isDigit)) {
                if (townshipCode != null && !village.startsWith(townshipCode)) {
                    return "village " + village + " is not in township " + township;
                }
                lastCode = village; // checked against the county by the household rules
                return null;
            }
            List<DivisionDTO> named = villagesByName.getOrDefault(village, List.of());
            String tc = townshipCode;
            List<DivisionDTO> candidates = tc == null ? named
                    : named.stream().filter(v -> tc.equals(v.parentCode)).toList();
            if (candidates.isEmpty()) {
                return "'" + village + "' is not a village of " + (tc == null ? "this county" : "township " + township);
            }
            if (candidates.size() > 1) {
                return "several villages are called " + village + "; give the 乡镇 or the 12-digit code";
            }
            lastCode = candidates.get(0).code;
            return null;
        }

        /** For a person without a household: the row's own village. */
        String resolve(Result result, Row row, RosterImport engine) {
            String error = code(row.src.get(TOWNSHIP), row.src.get(VILLAGE));
            if (error != null) {
                boolean t = error.startsWith("乡镇:");
                engine.reject(result, row, t ? TOWNSHIP : VILLAGE, t ? error.substring(3) : error,
                        VILLAGE.description());
                return null;
            }
            return lastCode;
        }
    }
}
