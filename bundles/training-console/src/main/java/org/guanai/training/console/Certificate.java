package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentService;

@Service
@Command(scope = "training", name = "certificate", description = "Issues the certificate of a trainee who completed (颁发证书)")
public class Certificate implements Action {

    @Reference
    EnrolmentService enrolments;

    @Argument(index = 0, name = "enrolment", description = "Enrolment id (see training:class-show)", required = true)
    String enrolment;

    @Option(name = "--date", description = "Issued on, YYYY-MM-DD (default today)")
    String date;

    @Override
    public Object execute() throws Exception {
        return Console.run("certificate", () -> {
            long id = Console.parseId("enrolment", enrolment);
            EnrolmentDTO n = enrolments.get(id);
            EnrolmentDTO issued = enrolments.issueCertificate(id, n.version, Console.parseDate("--date", date));
            System.out.println(Labels.say("certificate.issued", issued.certificateNumber,
                    issued.personName == null ? Labels.text("person", issued.personId) : issued.personName,
                    issued.certificateIssuedOn));
        });
    }
}
