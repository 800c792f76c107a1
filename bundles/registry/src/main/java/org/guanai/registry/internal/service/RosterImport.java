package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterReader;
import org.guanai.registry.internal.validation.Eligibility;

/**
 * The roster import: reads the model of a file ({@link ImportModel}), checks its households
 * ({@link HouseholdChecks}), persons ({@link PersonChecks}) and guardians ({@link GuardianChecks}) as a REST create
 * would, holds back likely duplicates ({@link DuplicateFinder}), then writes the good rows in chunks
 * ({@link ChunkWriter}). Every data row ends imported, unchanged, rejected or held back, with a report line for
 * each that is not imported; the counts add up to the file's data rows.
 *
 * <p>A row is imported whole or not at all (its person, its household's members, its guardian). Households are
 * matched by 户编号 ({@code #123} is household 123), or, in a roster without 户编号, through their persons;
 * persons by ID number, guardianships by child and guardian. A row already stored exactly so is unchanged and
 * writes nothing, so re-running a file changes nothing and completes an interrupted run. A column the file does
 * not have leaves stored values alone; a masked phone keeps the stored one. Nothing is ever ended or deleted.
 */
final class RosterImport {

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

    private final DivisionService divisions;
    private final HouseholdServiceImpl householdRules;
    private final PersonRules personRules;
    private final Clock clock;
    private final ImportLookups lookups;
    private final DuplicateFinder duplicates;
    final ChunkWriter writer;
    /** The caller's divisions, asked at the start of each run (on the job's thread, bound to its caller). */
    private final Supplier<Scope> scopes;

    RosterImport(JpaTemplate jpa, DivisionService divisions, Clock clock) {
        this(jpa, divisions, clock, Scope::all);
    }

    RosterImport(JpaTemplate jpa, DivisionService divisions, Clock clock, Supplier<Scope> scopes) {
        this(jpa, divisions, clock, scopes, null);
    }

    /** @param audit where the writes are recorded; null in tests without an audit trail */
    RosterImport(JpaTemplate jpa, DivisionService divisions, Clock clock, Supplier<Scope> scopes, AuditService audit) {
        this.scopes = scopes;
        this.divisions = divisions;
        this.householdRules = new HouseholdServiceImpl(jpa, divisions, null, null, null);
        this.personRules = new PersonRules(divisions);
        this.clock = clock;
        this.lookups = new ImportLookups(jpa);
        this.duplicates = new DuplicateFinder(lookups);
        this.writer = new ChunkWriter(lookups, new ImportAudit(audit));
    }

    ImportResult run(RosterReader reader, ImportOptions options, Progress progress) {
        Scope scope = scopes.get();
        ImportResult result = new ImportResult();
        result.problems.addAll(reader.problems);
        result.linesOther = reader.linesOther;
        Set<RosterColumn> columns = reader.columns;
        LocalDate today = LocalDate.now(clock);
        CareCategory category = options.category != null ? options.category : reader.layout.category();

        ImportModel model = ImportModel.build(reader.lines, result);
        result.rowsTotal = model.rows.size();
        Map<String, ImportModel.Known> known = duplicates.known(model.rows);
        VillageResolver villages = new VillageResolver(divisions);
        new HouseholdChecks(householdRules, villages, lookups, scope).check(result, model.households.values(), columns,
                known);

        PersonChecks persons = new PersonChecks(personRules, scope, category, today);
        Map<String, ImportModel.Row> byIdNumber = new HashMap<>();
        for (ImportModel.Row row : model.rows) {
            if (row.rejected || !row.src.has(NAME) || row.household != null && row.household.rejected) {
                continue;
            }
            String village = row.household != null ? row.household.dto.villageCode : ownVillage(result, villages, row);
            if (row.rejected) {
                continue;
            }
            persons.check(result, row, village);
            if (row.person != null) {
                ImportModel.Row first = byIdNumber.putIfAbsent(row.person.idNumber, row);
                if (first != null) {
                    result.reject(row, ID_NUMBER, ImportMessages.SAME_ID_IN_FILE.text(first.src.line),
                            ImportMessages.SAME_ID_IN_FILE_EXPECTED.text());
                }
            }
        }
        duplicates.findLikely(result, model.rows, known, options.confirmDuplicates);
        new GuardianChecks(personRules, today).check(result, model, byIdNumber, known);
        warnEligibility(result, model.rows, columns, today);
        result.countSettled(model.rows);
        progress.validated(result.rowsTotal, result.rejected + result.duplicates);

        List<ImportModel.Row> deferred = new ArrayList<>();
        int index = 0;
        for (List<ImportModel.Row> chunk : writer.chunks(model)) {
            writer.write(result, chunk, columns, options.dryRun, deferred, index++, progress, false);
        }
        if (!deferred.isEmpty()) {
            writer.write(result, deferred, columns, options.dryRun, new ArrayList<>(), index, progress, true);
        }
        result.sortProblems();
        return result;
    }

    /** For a person without a household: the row's own village. */
    private static String ownVillage(ImportResult result, VillageResolver villages, ImportModel.Row row) {
        VillageResolver.Resolution r = villages.resolve(row.src.get(TOWNSHIP), row.src.get(VILLAGE));
        if (!r.ok()) {
            result.reject(row, r.column(), r.problem(), ImportMessages.hint(VILLAGE));
        }
        return r.villageCode();
    }

    private static void warnEligibility(ImportResult result, List<ImportModel.Row> rows, Set<RosterColumn> columns,
                                        LocalDate today) {
        boolean migrantsKnown = columns.contains(MIGRANT_NAME) || columns.stream()
                .anyMatch(c -> c.part() == RosterColumn.Part.FAMILY);
        Map<ImportModel.Household, Set<MigrantRelation>> away = new HashMap<>();
        for (ImportModel.Row row : rows) {
            if (row.ok()) {
                for (MigrantMemberDTO m : row.migrants) {
                    away.computeIfAbsent(row.household, h -> EnumSet.noneOf(MigrantRelation.class)).add(m.relation);
                }
            }
        }
        for (ImportModel.Row row : rows) {
            if (!row.ok() || row.person == null) {
                continue;
            }
            Set<MigrantRelation> a = away.getOrDefault(row.household, Set.of());
            boolean parent = !migrantsKnown || a.contains(MigrantRelation.FATHER) || a.contains(MigrantRelation.MOTHER)
                    || a.contains(MigrantRelation.HUSBAND) || a.contains(MigrantRelation.WIFE);
            boolean husband = !migrantsKnown || a.contains(MigrantRelation.HUSBAND);
            for (Message w : Eligibility.warnings(row.person, parent, husband, today)) {
                result.warn(row, null, ImportMessages.rule(w), null);
            }
        }
    }
}
