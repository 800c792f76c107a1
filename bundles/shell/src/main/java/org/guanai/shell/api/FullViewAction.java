package org.guanai.shell.api;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;

/**
 * Base of a command that shows ID numbers or phones: it gets {@code --unmask} and {@code --reason} and runs its
 * body through {@link FullView}, so a full view is decided, audited and worded the same for every command of every
 * module (and as over REST).
 *
 * <pre>
 * public class PersonShow extends FullViewAction {
 *     public Object execute() throws Exception {
 *         return Console.run("person", () -&gt; fullView("person", () -&gt; { … print … }));
 *     }
 * }
 * </pre>
 */
public abstract class FullViewAction implements Action {

    @Reference
    protected Visibility visibility;

    @Reference
    protected AuditService audit;

    @Option(name = "--unmask", description = "Show ID numbers and phones in full (full-view roles only; needs --reason)")
    protected boolean unmask;

    @Option(name = "--reason", description = "Why you need the full view (recorded)")
    protected String reason;

    /** Runs {@code body} with the full view asked for, if it was (see {@link FullView#run}). */
    protected void fullView(String recordType, FullView.Showing body) throws Exception {
        FullView.run(visibility, audit, recordType, unmask, reason, body);
    }
}
