package org.guanai.training.internal.signin;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonService;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.SignInImportService;
import org.guanai.training.api.SignInProblemDTO;
import org.guanai.training.api.SignInReportDTO;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.internal.service.AttendanceServiceImpl;
import org.guanai.training.internal.service.Text;
import org.guanai.training.internal.service.TrainingRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A class day's sign-in sheet as its attendance. Every line is checked first (who it names, whether she is
 * enrolled, whether an earlier line named her); then the good lines are recorded together in one transaction, added
 * to what the day already has. A sheet that cannot be read, or a bad day or hours, writes nothing.
 */
@Component(service = SignInImportService.class)
public class SignInImportServiceImpl implements SignInImportService {
    private static final String NAME = "signIn.column.name";
    private static final String PERSON_ID = "signIn.column.personId";
    private static final String ID_NUMBER = "signIn.column.idNumber";

    private final TrainingClassService classes;
    private final AttendanceServiceImpl attendance;
    private final PersonDirectory directory;
    private final PersonService persons;

    @Activate
    public SignInImportServiceImpl(@Reference(name = "classes") TrainingClassService classes,
                                   @Reference(name = "attendance") AttendanceServiceImpl attendance,
                                   @Reference(name = "directory") PersonDirectory directory,
                                   @Reference(name = "persons") PersonService persons) {
        this.classes = classes;
        this.attendance = attendance;
        this.directory = directory;
        this.persons = persons;
    }

    @Override
    public SignInReportDTO importSheet(long classId, LocalDate day, BigDecimal hours, InputStream sheet, boolean dryRun,
                                       Locale language) {
        TrainingClassDTO trainingClass = classes.get(classId);
        Checks checks = new Checks();
        TrainingRules.checkDay(checks, day, hours, trainingClass.startsOn, trainingClass.endsOn, attendance.today());
        checks.throwIfAny();
        List<SheetRow> rows = SheetReader.read(sheet, MAX_BYTES);
        SignInLayout layout = SignInLayout.find(rows);
        Map<Long, EnrolmentDTO> enrolled = attendance.visibleEnrolments(classId);

        Problems report = new Problems(language);
        report.classId = classId;
        report.day = day;
        report.dryRun = dryRun;
        Map<Long, Integer> firstLine = new HashMap<>();
        Set<Long> present = new LinkedHashSet<>();
        for (SheetRow row : rows.subList(layout.headerIndex + 1, rows.size())) {
            String name = row.cell(layout.name);
            String idNumber = row.cell(layout.idNumber);
            String personId = row.cell(layout.personId);
            if (name.isEmpty() && idNumber.isEmpty() && personId.isEmpty()) {
                continue;
            }
            report.lines++;
            if (layout.signature >= 0 && row.cell(layout.signature).isEmpty()) {
                report.absent++;
                continue;
            }
            Optional<PersonDTO> person = person(row, layout, report);
            if (person.isEmpty()) {
                continue;
            }
            PersonDTO p = person.get();
            if (!p.name.equals(name)) {
                report.add(row, NAME, "signIn.nameMismatch", name, p.name);
            } else if (!enrolled.containsKey(p.id)) {
                report.add(row, NAME, "signIn.notEnrolled", p.name);
            } else if (firstLine.containsKey(p.id)) {
                report.add(row, NAME, "signIn.duplicate", firstLine.get(p.id));
            } else {
                firstLine.put(p.id, row.line);
                present.add(enrolled.get(p.id).id);
            }
        }
        report.present = present.size();
        if (!dryRun && !present.isEmpty()) {
            attendance.write(classId, day, hours, List.of(), present, "attendance.import");
        }
        return report.toDTO();
    }

    /** The registry person a line names, by registry id or by ID number; a problem on the report when none. */
    private Optional<PersonDTO> person(SheetRow row, SignInLayout layout, Problems report) {
        String personId = row.cell(layout.personId);
        if (!personId.isEmpty()) {
            long id;
            try {
                id = Long.parseLong(personId);
            } catch (NumberFormatException e) {
                report.add(row, PERSON_ID, "signIn.notAnId", personId);
                return Optional.empty();
            }
            Optional<PersonDTO> found = directory.find(id);
            if (found.isEmpty()) {
                report.add(row, PERSON_ID, "signIn.unknownPerson", id);
            }
            return found;
        }
        String idNumber = row.cell(layout.idNumber);
        if (idNumber.isEmpty()) {
            report.add(row, ID_NUMBER, "signIn.noIdentity");
            return Optional.empty();
        }
        Optional<PersonDTO> found = persons.findByIdNumber(idNumber);
        if (found.isEmpty()) {
            report.add(row, ID_NUMBER, "signIn.unknownIdNumber");
        }
        return found;
    }

    /**
     * The report being written: each problem names its line, its column and what is wrong in the reader's language,
     * with the message key as its stable code.
     */
    static final class Problems extends SignInReportDTO {
        private final Locale language;

        Problems(Locale language) {
            this.language = Message.supported(language);
        }

        void add(SheetRow row, String column, String key, Object... args) {
            Object[] withLine = new Object[args.length + 1];
            withLine[0] = row.line;
            System.arraycopy(args, 0, withLine, 1, args.length);
            problems.add(new SignInProblemDTO(row.line, Text.text(column).render(language),
                    Text.text(key, withLine).render(language), key));
        }

        SignInReportDTO toDTO() {
            SignInReportDTO dto = new SignInReportDTO();
            dto.classId = classId;
            dto.day = day;
            dto.dryRun = dryRun;
            dto.lines = lines;
            dto.present = present;
            dto.absent = absent;
            dto.problems = problems;
            return dto;
        }
    }
}
