package org.guanai.mutualaid.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** The lists a township acts on and the module's figures, all kept to the caller's divisions. */
@org.osgi.annotation.versioning.ProviderType
public interface MutualAidReports {
    /** The default "inactive" and "stale" window, in days. */
    int DEFAULT_DAYS = 90;

    /** Vulnerable cases no active pairing covers, by township and village: the list a pairing drive starts from. */
    Page<UnpairedCaseDTO> unpairedVulnerable(String townshipCode, VulnerableReason reason, PageRequest page);

    /** Active groups with no activity in the last {@code days} days. */
    Page<InactiveGroupDTO> inactiveGroups(String townshipCode, int days, PageRequest page);

    /** Active pairings with no visit in the last {@code days} days. */
    Page<StalePairingDTO> stalePairings(String townshipCode, int days, PageRequest page);

    /** Active left-behind women in no active group. */
    Page<UngroupedWomanDTO> womenInNoGroup(String townshipCode, String villageCode, PageRequest page);

    SummaryDTO summary(int year);
}
