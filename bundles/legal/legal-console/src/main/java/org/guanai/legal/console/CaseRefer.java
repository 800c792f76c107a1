package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.console.support.Labels;
import org.guanai.shell.api.Console;

/** Refers a case to a department. */
@Service
@Command(scope = "legal", name = "case-refer", description = "Refers a rights case to a department (转介)")
public class CaseRefer extends StepCommand {

    @Option(name = "--department", required = true, description = "POLICE (公安), COURT (法院), LEGAL_AID (法律援助), JUSTICE (司法), CIVIL_AFFAIRS (民政), EDUCATION, HEALTH, LABOUR, PROCURATORATE, OTHER")
    String department;

    @Option(name = "--response", description = "The department's answer, if any")
    String response;

    @Override
    void fill(CaseStepDTO step) {
        step.kind = StepKind.REFERRAL;
        step.department = Labels.parse("--department", department, Department.class);
        step.response = Console.text(response);
    }
}
