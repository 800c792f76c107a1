package org.guanai.testing;

import java.util.Set;

import org.junit.Test;

/**
 * The generic part of a module's resource contract test, as JUnit tests: extend it, list the module's resources
 * and access table in {@link #rules()}, name the API packages its resources may hold services of, and add the
 * module's own checks (where its resources live, spot checks of its roles). See {@link ResourceRules}.
 */
public abstract class ResourceContract {

    /** The module's resources and access table. */
    protected abstract ResourceRules rules();

    /** The packages of the service interfaces the module's resources may hold. */
    protected abstract Set<String> apiPackages();

    @Test
    public void queryAndPathParametersAreStrings() {
        rules().assertQueryAndPathParametersAreStrings();
    }

    @Test
    public void everyOperationIsDescribed() {
        rules().assertEveryOperationIsDescribed();
    }

    @Test
    public void writesOtherThanCreateReadIfMatch() {
        rules().assertWritesOtherThanCreateReadIfMatch();
    }

    @Test
    public void resourcesHoldNothingButServiceReferences() {
        rules().assertResourcesHoldNothingButServiceReferences(apiPackages());
    }

    @Test
    public void everyResourceOfThePackageIsChecked() throws Exception {
        rules().assertEveryResourceOfThePackageIsChecked();
    }

    @Test
    public void everyOperationHasAnAuthorizationRuleAndNoneIsPublic() {
        rules().assertEveryOperationHasAnAuthorizationRuleAndNoneIsPublic();
    }

    /** The roles the module declares in its descriptor ({@code ModuleDescriptor.roles()}), known beside the registry's. */
    protected Set<String> moduleRoles() {
        return Set.of();
    }

    @Test
    public void rulesNameOnlyKnownRolesAndNeverAdmin() throws Exception {
        rules().assertRulesNameOnlyKnownRolesAndNeverAdmin(moduleRoles());
    }

    @Test
    public void noWriteAdmitsTheViewer() {
        rules().assertNoWriteAdmitsTheViewer();
    }

    @Test
    public void everyEndpointHasExactlyTheRolesOfTheAccessTable() {
        rules().assertEveryEndpointHasExactlyTheRolesOfTheAccessTable();
    }
}
