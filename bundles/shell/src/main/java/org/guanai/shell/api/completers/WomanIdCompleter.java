package org.guanai.shell.api.completers;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonQuery;

/** Ids of the first 100 active left-behind women, each with her name. */
@Service
public class WomanIdCompleter extends PersonIdCompleter {
    @Override
    protected PersonQuery query() {
        PersonQuery query = super.query();
        query.category = CareCategory.LEFT_BEHIND_WOMAN;
        return query;
    }
}
