package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.console.support.Labels;

/** Records a protective measure of a case. */
@Service
@Command(scope = "legal", name = "case-measure", description = "Records a protective measure (保护措施), e.g. a protection order applied for or granted")
public class CaseMeasure extends StepCommand {

    @Option(name = "--measure", required = true, description = "PROTECTION_ORDER_APPLIED (申请保护令), PROTECTION_ORDER_GRANTED (保护令签发), PROTECTION_ORDER_REFUSED, WARNING_LETTER (告诫书), SHELTER (临时庇护), LEGAL_AID, OTHER")
    String measure;

    @Override
    void fill(CaseStepDTO step) {
        step.kind = StepKind.MEASURE;
        step.measure = Labels.parse("--measure", measure, Measure.class);
    }
}
