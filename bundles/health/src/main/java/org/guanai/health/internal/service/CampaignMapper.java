package org.guanai.health.internal.service;

import java.util.ArrayList;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.internal.jpa.CampaignEntity;

final class CampaignMapper {

    private CampaignMapper() {
    }

    static CampaignDTO toDto(CampaignEntity e) {
        CampaignDTO d = new CampaignDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.kind = e.getKind();
        d.year = e.getYear();
        d.startsOn = e.getStartsOn();
        d.endsOn = e.getEndsOn();
        d.providerName = e.getProviderName();
        d.providerKind = e.getProviderKind();
        // Sets ordered by value: codes and ids come back sorted.
        d.townshipCodes = new ArrayList<>(e.getTownshipCodes());
        d.siteIds = new ArrayList<>(e.getSiteIds());
        d.townshipCodes.sort(null);
        d.siteIds.sort(null);
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.endedOn = e.getEndedOn();
        d.endNote = e.getEndNote();
        return d;
    }

    static void apply(CampaignDTO d, CampaignEntity e) {
        e.setKind(d.kind);
        e.setYear(d.year);
        e.setStartsOn(d.startsOn);
        e.setEndsOn(d.endsOn);
        e.setProviderName(d.providerName);
        e.setProviderKind(d.providerKind);
        e.setTownshipCodes(d.townshipCodes);
        e.setSiteIds(d.siteIds);
        e.setNotes(d.notes);
    }
}
