package org.guanai.training.internal.signin;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanai.jpa.support.Checks;
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
    public SignInReportDTO importSheet(long classId, LocalDate day, BigDecimal hours, InputStream sheet, boolean dryRun) {
        TrainingClassDTO trainingClass = classes.get(classId);
        Checks checks = new Checks();
        TrainingRules.checkDay(checks, day, hours, trainingClass.startsOn, trainingClass.endsOn, attendance.today());
        checks.throwIfAny();
        List<SheetRow> rows = SheetReader.read(sheet, MAX_BYTES);
        SignInLayout layout = SignInLayout.find(rows);
        Map<Long, EnrolmentDTO> enrolled = attendance.visibleEnrolments(classId);

        SignInReportDTO report = new SignInReportDTO();
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
                problem(report, row, "姓名", "姓名“" + name + "”与登记的“" + p.name + "”不符。The name does not match the registry's");
            } else if (!enrolled.containsKey(p.id)) {
                problem(report, row, "姓名", p.name + " 未报名该班次。Not enrolled in this class");
            } else if (firstLine.containsKey(p.id)) {
                problem(report, row, "姓名", "与第 " + firstLine.get(p.id) + " 行重复。Duplicate of line " + firstLine.get(p.id));
            } else {
                firstLine.put(p.id, row.line);
                present.add(enrolled.get(p.id).id);
            }
        }
        report.present = present.size();
        if (!dryRun && !present.isEmpty()) {
            attendance.write(classId, day, hours, List.of(), present, "attendance.import");
        }
        return report;
    }

    /** The registry person a line names, by registry id or by ID number; a problem on the report when none. */
    private Optional<PersonDTO> person(SheetRow row, SignInLayout layout, SignInReportDTO report) {
        String personId = row.cell(layout.personId);
        if (!personId.isEmpty()) {
            long id;
            try {
                id = Long.parseLong(personId);
            } catch (NumberFormatException e) {
                problem(report, row, "人员编号", "“" + personId + "”不是编号。Not a person id");
                return Optional.empty();
            }
            Optional<PersonDTO> found = directory.find(id);
            if (found.isEmpty()) {
                problem(report, row, "人员编号", "人员 " + id + " 不存在。Unknown person");
            }
            return found;
        }
        String idNumber = row.cell(layout.idNumber);
        if (idNumber.isEmpty()) {
            problem(report, row, "身份证号码", "身份证号码和人员编号都为空。Neither an ID number nor a person id");
            return Optional.empty();
        }
        Optional<PersonDTO> found = persons.findByIdNumber(idNumber);
        if (found.isEmpty()) {
            problem(report, row, "身份证号码", "登记中没有此身份证号码的人员。Unknown person: no one with this ID number");
        }
        return found;
    }

    private static void problem(SignInReportDTO report, SheetRow row, String column, String problem) {
        report.problems.add(new SignInProblemDTO(row.line, column, problem));
    }
}
