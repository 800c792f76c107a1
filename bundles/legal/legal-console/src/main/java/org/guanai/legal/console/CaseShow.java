package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.console.support.CaseView;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;

/** One rights case in full, for legal staff and its handler; the read is audited. */
@Service
@Command(scope = "legal", name = "case-show", description = "Shows a rights case with its steps (audited)")
public class CaseShow implements Action {

    @Reference
    RightsCaseService cases;

    @Reference
    DivisionService divisions;

    @Argument(name = "id", required = true, description = "Case id")
    String id;

    @Override
    public Object execute() throws Exception {
        return Legal.run("case", () -> CaseView.print(System.out, cases.get(Console.parseId("id", id)),
                new DivisionNames(divisions)));
    }
}
