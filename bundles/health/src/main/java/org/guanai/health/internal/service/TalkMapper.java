package org.guanai.health.internal.service;

import java.util.ArrayList;

import org.guanai.health.api.TalkDTO;
import org.guanai.health.internal.jpa.TalkEntity;

final class TalkMapper {

    private TalkMapper() {
    }

    static TalkDTO toDto(TalkEntity e) {
        TalkDTO d = new TalkDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.heldOn = e.getHeldOn();
        d.siteId = e.getSiteId();
        d.townshipCode = e.getTownshipCode();
        d.speaker = e.getSpeaker();
        d.topic = e.getTopic();
        d.attendeeIds = new ArrayList<>(e.getAttendeeIds());
        d.attendeeIds.sort(null);
        d.headCount = e.getHeadCount();
        d.notes = e.getNotes();
        return d;
    }

    static void apply(TalkDTO d, TalkEntity e) {
        e.setHeldOn(d.heldOn);
        e.setSiteId(d.siteId);
        e.setTownshipCode(d.townshipCode);
        e.setSpeaker(d.speaker);
        e.setTopic(d.topic);
        e.setAttendeeIds(d.attendeeIds);
        e.setHeadCount(d.headCount);
        e.setNotes(d.notes);
    }
}
