package org.guanai.health.internal.spi;

import static org.guanai.health.internal.HealthText.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A woman's checks and the talks she attended, on her registry timeline. The timeline is read by
 * staff who may not see health data, so checks are read without results: an entry says that a
 * check happened, when and by whom, never its result or findings.
 */
@Component(service = TimelineProvider.class)
public class HealthTimeline implements TimelineProvider {

    static final String CHECK_KIND = "health-check";
    static final String TALK_KIND = "health-talk";
    /** The title of a check in a campaign: this and the campaign's kind ({@code timeline.check.TWO_CANCERS}). */
    static final String CHECK_BY_KIND = "timeline.check.";
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final CheckService checks;
    private final CampaignService campaigns;
    private final TalkService talks;

    @Activate
    public HealthTimeline(@Reference(name = "checks") CheckService checks,
                          @Reference(name = "campaigns") CampaignService campaigns,
                          @Reference(name = "talks") TalkService talks) {
        this.checks = checks;
        this.campaigns = campaigns;
        this.talks = talks;
    }

    @Override
    public String moduleId() {
        return HealthModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        List<TimelineEntryDTO> entries = new ArrayList<>();
        CheckQuery checkQuery = new CheckQuery();
        checkQuery.personId = personId;
        Map<Long, CampaignKind> kinds = new HashMap<>();
        for (CheckRecordDTO c : all(page -> checks.list(checkQuery, page))) {
            CampaignKind kind = c.campaignId == null ? null : kinds.computeIfAbsent(c.campaignId, this::kind);
            // 两癌筛查 2026 / Two-cancers screening 2026; a check outside any campaign: 健康检查 2025 / Health check 2025
            Message title = kind == null ? text("timeline.check", c.checkedOn.getYear())
                    : text(CHECK_BY_KIND + kind.name(), c.checkedOn.getYear());
            entries.add(new TimelineEntryDTO(c.checkedOn, HealthModule.ID, CHECK_KIND, title, c.providerName,
                    "/api/v1/health/checks/" + c.id));
        }
        TalkQuery talkQuery = new TalkQuery();
        talkQuery.attendeeId = personId;
        for (TalkDTO t : all(page -> talks.list(talkQuery, page))) {
            entries.add(new TimelineEntryDTO(t.heldOn, HealthModule.ID, TALK_KIND, Message.literal(t.topic), t.speaker,
                    "/api/v1/health/talks/" + t.id));
        }
        entries.sort(Comparator.comparing((TimelineEntryDTO e) -> e.date, Comparator.reverseOrder()));
        return entries;
    }

    private CampaignKind kind(long campaignId) {
        try {
            return campaigns.get(campaignId).kind;
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<T> page = list.apply(PageRequest.of(offset, PAGE));
            all.addAll(page.items);
            if (page.items.isEmpty() || offset + PAGE >= page.total) {
                return all;
            }
        }
    }
}
