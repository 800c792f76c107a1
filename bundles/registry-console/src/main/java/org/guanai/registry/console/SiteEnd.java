package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "site-end", description = "Closes a service site (its history is kept)")
public class SiteEnd implements Action {

    @Reference
    ServiceSiteService sites;

    @Argument(index = 0, name = "id", description = "Site id", required = true)
    @Completion(SiteIdCompleter.class)
    String id;

    @Option(name = "--date", description = "The day it closed, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "Why, in a few words")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("end of site", () -> {
            long siteId = Console.parseId("id", id);
            EndRequest end = new EndRequest(Console.parseDate("--date", date), null, Console.text(note));
            // The console acts on the record as it is now: its current version.
            ServiceSiteDTO current = sites.get(siteId);
            ServiceSiteDTO ended = sites.end(siteId, current.version, end);
            System.out.println(Labels.say("site.closed", ended.id, ended.name, ended.endedOn));
        });
    }
}
