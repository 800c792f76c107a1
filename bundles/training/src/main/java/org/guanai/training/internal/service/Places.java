package org.guanai.training.internal.service;

import java.util.Optional;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.security.Scope;

/**
 * Where a class or a fair is held, asked of the registry's API: a service site (its township and village), a
 * village (its township), or a township; a village or township by its code or by its name.
 */
final class Places {

    private final DivisionService divisions;
    private final ServiceSiteService sites;

    Places(DivisionService divisions, ServiceSiteService sites) {
        this.divisions = divisions;
        this.sites = sites;
    }

    /** The place's township and village, or errors naming the field that is wrong. */
    String[] place(Checks checks, Long siteId, String villageCode, String townshipCode) {
        if (siteId != null) {
            ServiceSiteDTO site = site(siteId).orElse(null);
            checks.check(site != null, "siteId", Text.text("site.unknown", siteId));
            return site == null ? new String[2] : new String[] {site.townshipCode, site.villageCode};
        }
        if (villageCode != null) {
            // a code, or a name as a clerk types it (城东村, 荣家湾镇/城东村): the registry resolves it or names the field
            String code = checks.attempt(() -> divisions.villageCode("villageCode", villageCode));
            if (code == null) {
                return new String[2];
            }
            DivisionDTO village = divisions.find(code).orElse(null);
            boolean known = village != null && village.level == DivisionLevel.VILLAGE;
            checks.check(known, "villageCode", Text.text("village.notInCounty", villageCode));
            return known ? new String[] {village.parentCode, code} : new String[2];
        }
        if (townshipCode != null) {
            String code = checks.attempt(() -> divisions.townshipCode("townshipCode", townshipCode));
            if (code == null) {
                return new String[2];
            }
            DivisionDTO township = divisions.find(code).orElse(null);
            boolean known = township != null && township.level == DivisionLevel.TOWNSHIP;
            checks.check(known, "townshipCode", Text.text("township.notInCounty", townshipCode));
            return known ? new String[] {code, null} : new String[2];
        }
        checks.add("siteId", Text.text("place.required"));
        return new String[2];
    }

    /** {@link #place}, and an error on the field given when its township is outside the caller's divisions. */
    String[] placeWithin(Checks checks, Long siteId, String villageCode, String townshipCode, Scope scope) {
        String[] place = place(checks, siteId, villageCode, townshipCode);
        checks.check(place[0] == null || scope.isAll() || scope.touchedTownships().contains(place[0]),
                siteId != null ? "siteId" : villageCode != null ? "villageCode" : "townshipCode",
                Text.text("division.outsideScope", place[0]));
        return place;
    }

    /** A list's township filter as given (code or name), as a code; a value that is no township names {@code township}. */
    String townshipFilter(String codeOrName) {
        return divisions.townshipCode("township", codeOrName);
    }

    private Optional<ServiceSiteDTO> site(long id) {
        try {
            return Optional.ofNullable(sites.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
