package org.guanai.health.internal.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.api.ProviderKind;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkService;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.spi.DemoDataContributor;
import org.guanai.registry.api.spi.DemoRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The health module's year in the demo county: a two-cancers screening campaign by the county's maternal and child
 * health station, checks of about two thirds of the active left-behind women (mostly normal, some abnormal, a few
 * referred, some referrals followed up, some overdue), and a health talk at some sites. Written through the module's
 * own services, each record validated as a REST create would be. Same seed, same year.
 */
@Component(service = DemoDataContributor.class)
public class HealthDemoData implements DemoDataContributor {

    static final String PROVIDER = "县妇幼保健院";
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final PersonService persons;
    private final ServiceSiteService sites;
    private final CampaignService campaigns;
    private final CheckService checks;
    private final TalkService talks;

    @Activate
    public HealthDemoData(@Reference(name = "persons") PersonService persons,
                          @Reference(name = "sites") ServiceSiteService sites,
                          @Reference(name = "campaigns") CampaignService campaigns,
                          @Reference(name = "checks") CheckService checks,
                          @Reference(name = "talks") TalkService talks) {
        this.persons = persons;
        this.sites = sites;
        this.campaigns = campaigns;
        this.checks = checks;
        this.talks = talks;
    }

    @Override
    public String moduleId() {
        return HealthModule.ID;
    }

    @Override
    public boolean hasData() {
        return campaigns.list(new CampaignQuery(), PageRequest.first(1)).total > 0;
    }

    @Override
    public String contribute(DemoRequest request) throws InterruptedException {
        Random random = new Random(request.seed() * 31 + 4);
        LocalDate today = request.today();
        LocalDate start = today.withDayOfYear(1).isBefore(today.minusMonths(10)) ? today.minusMonths(10)
                : today.withDayOfYear(1);
        CampaignDTO campaign = new CampaignDTO();
        campaign.kind = CampaignKind.TWO_CANCERS;
        campaign.year = today.getYear();
        campaign.startsOn = start;
        campaign.providerName = PROVIDER;
        campaign.providerKind = ProviderKind.MCH_STATION;
        long campaignId = campaigns.create(campaign).id;

        int recorded = 0;
        for (PersonDTO woman : activeWomen()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (random.nextInt(3) == 0) {
                continue; // about a third not yet checked: the due list has work
            }
            checks.record(check(woman.id, campaignId, start, today, random));
            if (++recorded % 500 == 0) {
                request.progress(recorded + " checks");
            }
        }
        int held = 0;
        for (ServiceSiteDTO site : sitesWithWomen()) {
            if (random.nextInt(4) == 0) {
                TalkDTO talk = new TalkDTO();
                talk.heldOn = start.plusDays(random.nextInt((int) Math.max(1, start.until(today).toTotalMonths() * 30)));
                talk.heldOn = talk.heldOn.isAfter(today) ? today : talk.heldOn;
                talk.siteId = site.id;
                talk.speaker = PROVIDER + " 医生";
                talk.topic = random.nextBoolean() ? "两癌防治知识讲座" : "孕产期保健讲座";
                talk.headCount = 15 + random.nextInt(30);
                talks.create(talk);
                held++;
            }
        }
        return "1 campaign, " + recorded + " checks, " + held + " talks";
    }

    private static CheckRecordDTO check(long personId, long campaignId, LocalDate start, LocalDate today,
                                        Random random) {
        CheckRecordDTO c = new CheckRecordDTO();
        c.personId = personId;
        c.campaignId = campaignId;
        long days = Math.max(1, start.until(today, java.time.temporal.ChronoUnit.DAYS));
        c.checkedOn = start.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
        int roll = random.nextInt(100);
        c.result = roll < 90 ? CheckResult.NORMAL : roll < 97 ? CheckResult.ABNORMAL : CheckResult.REFERRED;
        if (c.result != CheckResult.NORMAL) {
            c.findings = c.result == CheckResult.REFERRED ? "宫颈细胞学异常" : "乳腺增生";
            c.followUpDue = c.checkedOn.plusDays(30);
            if (c.result == CheckResult.REFERRED) {
                c.referralTarget = "市中心医院妇科";
            }
            if (!c.followUpDue.isAfter(today) && random.nextBoolean()) {
                c.followedUpOn = c.followUpDue.minusDays(random.nextInt(10));
                c.followUpOutcome = "已复查";
            }
        }
        return c;
    }

    private List<PersonDTO> activeWomen() {
        PersonQuery q = new PersonQuery();
        q.category = CareCategory.LEFT_BEHIND_WOMAN;
        q.status = Status.ACTIVE;
        List<PersonDTO> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<PersonDTO> page = persons.list(q, PageRequest.of(offset, PAGE));
            all.addAll(page.items);
            if (page.items.isEmpty() || offset + PAGE >= page.total) {
                return all;
            }
        }
    }

    private List<ServiceSiteDTO> sitesWithWomen() {
        SiteQuery q = new SiteQuery();
        q.status = Status.ACTIVE;
        List<ServiceSiteDTO> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<ServiceSiteDTO> page = sites.list(q, PageRequest.of(offset, PAGE));
            all.addAll(page.items);
            if (page.items.isEmpty() || offset + PAGE >= page.total) {
                return all;
            }
        }
    }
}
