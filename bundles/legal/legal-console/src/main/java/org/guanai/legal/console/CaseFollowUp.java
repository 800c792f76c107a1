package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.StepKind;

/** Records a follow-up of a case. */
@Service
@Command(scope = "legal", name = "case-follow-up", description = "Records a follow-up of a rights case (跟进)")
public class CaseFollowUp extends StepCommand {

    @Override
    void fill(CaseStepDTO step) {
        step.kind = StepKind.FOLLOW_UP;
    }
}
