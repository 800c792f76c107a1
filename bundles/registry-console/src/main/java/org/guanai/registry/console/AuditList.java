package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.VolunteerKind;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;
import org.guanai.shell.api.Table;

/** The audit trail, for the administrator (ACL: admin only): newest rows first, or every match exported as CSV. */
@Service
@Command(scope = "registry", name = "audit", description = "Reads or exports the audit trail (admin)")
public class AuditList implements Action {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Reference
    AuditService audit;

    @Reference
    ConsoleFiles files;

    @Option(name = "--user", description = "Only this user's rows (for login.failed: the name tried)")
    String user;

    @Option(name = "--type", description = "Record type, e.g. person, household, service site")
    String type;

    @Option(name = "--record", description = "Record id (with --type)")
    String record;

    @Option(name = "--operation", description = "e.g. person.update, person.read, login.failed, access.refused")
    @Completion(value = StringsCompleter.class, values = {"person.create", "person.update", "person.end",
            "person.read", "person.unmask", "login.failed", "access.refused", "import", "export", "audit.export",
            "audit.purge"})
    String operation;

    @Option(name = "--outcome", description = "OK, REFUSED or FAILED")
    @Completion(value = StringsCompleter.class, values = {"OK", "REFUSED", "FAILED"})
    String outcome;

    @Option(name = "--from", description = "From this day (UTC, e.g. 2026-01-01) or instant (2026-01-01T08:00:00Z)")
    String from;

    @Option(name = "--to", description = "Up to and including this day (UTC), or up to this instant")
    String to;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Option(name = "--export", description = "Write every matching row to this new CSV file (UTF-8) of the files folder instead")
    @Completion(FileNameCompleter.class)
    String export;

    @Override
    public Object execute() throws Exception {
        return Console.run("audit query", () -> {
            AuditQuery query = query();
            if (export != null) {
                exportTo(query, files.create("--export", export));
                return;
            }
            Page<AuditEntryDTO> page = audit.query(query, Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("atUtc")).column(Labels.col("user")).column(Labels.col("origin"))
                    .column(Labels.col("operation")).column(Labels.col("record")).column(Labels.col("outcome")).column(Labels.col("detailChanges"));
            for (AuditEntryDTO e : page.items) {
                table.row(e.id, AT.format(e.at), e.user, e.origin, e.operation, record(e), Labels.zh(e.outcome), what(e));
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "audit rows");
        });
    }

    AuditQuery query() {
        AuditQuery query = new AuditQuery();
        query.user = Console.text(user);
        query.recordType = Console.text(type);
        query.recordId = Console.text(record);
        query.operation = Console.text(operation);
        query.outcome = Console.parseEnum("--outcome", outcome, AuditOutcome.class);
        query.from = time("--from", from, false);
        query.to = time("--to", to, true);
        if (query.from != null && query.to != null && !query.from.isBefore(query.to)) {
            throw new BadInputException(Labels.text("bad.toBeforeFrom"));
        }
        return query;
    }

    private static Instant time(String option, String value, boolean end) {
        try {
            return end ? AuditQuery.end(value) : AuditQuery.start(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(Labels.text("bad.time", option, value == null ? "" : value.trim()));
        }
    }

    private void exportTo(AuditQuery query, Path file) throws IOException {
        long rows;
        boolean written = false;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            rows = audit.export(query, out);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
        System.out.println(Labels.say("audit.exported", rows, file));
    }

    /** "人员 12" ("person 12" in English); a module's record type without a name stays as it is. */
    static String record(AuditEntryDTO e) {
        if (e.recordType == null) {
            return "";
        }
        String type = Message.recordType(e.recordType).render(Console.language());
        return e.recordId == null ? type : type + " " + e.recordId;
    }

    /** The changes with the registry's field names and values as people read them ("结束原因:  -> 父母返乡"). */
    static String what(AuditEntryDTO e) {
        String changes = e.changes.stream().map(c -> fieldName(c.field) + ": " + values(c.before) + " -> "
                + values(c.after)).collect(Collectors.joining("; "));
        if (e.detail == null) {
            return changes;
        }
        return changes.isEmpty() ? e.detail : e.detail + "; " + changes;
    }

    /** The registry enums whose constants an audit row's values carry, first match wins (FATHER: 父亲 in both). */
    private static final List<Class<? extends Enum<?>>> VALUE_TYPES = List.of(Status.class, EndReason.class,
            Gender.class, CareCategory.class, SchoolStage.class, GuardianRelation.class, GuardianCapacity.class,
            MigrantRelation.class, HomeFrequency.class, SiteKind.class, ServiceKind.class, VolunteerKind.class);
    private static final Map<String, Enum<?>> CONSTANTS = constants();
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** A value that is a constant or a list of them ("PARENT_RETURNED", "[LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD]"). */
    private static final Pattern CONSTANTS_ONLY =
            Pattern.compile("\\[?[A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*]?");

    private static Map<String, Enum<?>> constants() {
        Map<String, Enum<?>> byName = new HashMap<>();
        for (Class<? extends Enum<?>> type : VALUE_TYPES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                byName.putIfAbsent(constant.name(), constant);
            }
        }
        return byName;
    }

    /** A field's name in the session's language where the console has one ({@code field.<name>}); else as stored. */
    static String fieldName(String field) {
        return field != null && Labels.TEXT.has("field." + field) ? Labels.field(field) : String.valueOf(field);
    }

    /**
     * A stored value that is a registry enum constant or a list of them (PARENT_RETURNED, [LEFT_BEHIND_CHILD]) with
     * each by its label; any other value (a name, a note in capitals) as stored.
     */
    static String values(String value) {
        if (value == null) {
            return "";
        }
        if (!CONSTANTS_ONLY.matcher(value).matches()) {
            return value;
        }
        Matcher m = CONSTANT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Enum<?> constant = CONSTANTS.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(constant == null ? m.group() : Labels.zh(constant)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
