package org.guanai.demo.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanai.demo.generator.Household;
import org.guanai.demo.generator.Migrant;
import org.guanai.demo.generator.Resident;
import org.guanai.demo.generator.ServiceVisit;
import org.guanai.demo.generator.Site;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.demo.generator.Team;
import org.guanai.demo.generator.Volunteer;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordService;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.ServiceTeamService;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerService;

/** Writes a county through the registry's services: every record validated as a REST create would be. */
final class ServicesWriter implements CountyWriter {

    /** The registry services the loader writes through. */
    record Services(DivisionService divisions, HouseholdService households, PersonService persons,
                    GuardianshipService guardianships, ServiceSiteService sites, ServiceTeamService teams,
                    VolunteerService volunteers, ServiceRecordService records) {
    }

    private final Services s;

    ServicesWriter(Services services) {
        this.s = services;
    }

    @Override
    public void divisions(String csv) {
        try {
            s.divisions().county();
        } catch (NotFoundException e) {
            // a fresh registry serves no county yet: the demo county brings its own townships and villages
            s.divisions().setUpOwnCounty(SyntheticCounty.COUNTY_CODE, SyntheticCounty.COUNTY_NAME, new StringReader(csv));
            return;
        }
        s.divisions().importCsv(new StringReader(csv));
    }

    @Override
    public Map<String, Long> households(List<Household> batch) {
        Map<String, Long> ids = new HashMap<>();
        for (Household h : batch) {
            HouseholdDTO household = new HouseholdDTO();
            household.villageCode = h.villageCode();
            household.address = h.address();
            household.headName = h.headName();
            household.contactPhone = h.phone();
            household.hardship = h.hardship();
            household.notes = "户编号 " + h.key();
            for (Migrant m : h.migrants()) {
                MigrantMemberDTO member = new MigrantMemberDTO();
                member.name = m.name();
                member.relation = m.relation();
                member.workProvince = m.workProvince();
                member.workCity = m.workCity();
                member.employer = m.employer();
                member.phone = m.phone();
                member.awaySince = m.awaySince();
                member.homeFrequency = m.homeFrequency();
                household.migrantMembers.add(member);
            }
            long householdId = s.households().create(household).id;
            // guardians first: a child's guardianship needs the guardian's id
            List<Resident> children = new ArrayList<>();
            for (Resident r : h.residents()) {
                if (r.guardianIdNumber() != null) {
                    children.add(r);
                    continue;
                }
                ids.put(r.idNumber(), person(r, householdId));
            }
            for (Resident child : children) {
                long childId = person(child, householdId);
                ids.put(child.idNumber(), childId);
                GuardianshipDTO g = new GuardianshipDTO();
                g.childId = childId;
                g.guardianId = ids.get(child.guardianIdNumber());
                g.relation = child.guardianRelation();
                g.capacity = child.guardianCapacity();
                g.contactPhone = child.guardianPhone();
                s.guardianships().create(g);
            }
        }
        return ids;
    }

    private long person(Resident r, long householdId) {
        PersonDTO p = new PersonDTO();
        p.name = r.name();
        p.idNumber = r.idNumber();
        p.gender = r.gender();
        p.birthDate = r.birthDate();
        p.phone = r.phone();
        p.householdId = householdId;
        p.categories.addAll(r.categories());
        p.schoolStage = r.schoolStage();
        return s.persons().create(p).id;
    }

    @Override
    public long site(Site site) {
        ServiceSiteDTO dto = new ServiceSiteDTO();
        dto.kind = site.kind();
        dto.name = site.name();
        dto.villageCode = site.villageCode();
        dto.address = site.address();
        dto.openedOn = site.openedOn();
        dto.remoteEducationStation = site.remoteEducationStation();
        dto.parentsSchool = site.parentsSchool();
        dto.contactName = site.contactName();
        dto.contactPhone = site.contactPhone();
        return s.sites().create(dto).id;
    }

    @Override
    public long team(Team team, Long siteId) {
        ServiceTeamDTO dto = new ServiceTeamDTO();
        dto.name = team.name();
        dto.siteId = siteId;
        dto.townshipCode = team.townshipCode();
        dto.description = team.description();
        return s.teams().create(dto).id;
    }

    @Override
    public void volunteer(Volunteer volunteer, long teamId) {
        VolunteerDTO dto = new VolunteerDTO();
        dto.name = volunteer.name();
        dto.kind = volunteer.kind();
        dto.profession = volunteer.profession();
        dto.phone = volunteer.phone();
        dto.teamId = teamId;
        s.volunteers().create(dto);
    }

    @Override
    public void serviceRecord(ServiceVisit visit, Long siteId, Long teamId, List<Long> personIds) {
        ServiceRecordDTO dto = new ServiceRecordDTO();
        dto.kind = visit.kind();
        dto.date = visit.date();
        dto.siteId = siteId;
        dto.teamId = teamId;
        dto.personIds = new ArrayList<>(personIds);
        dto.summary = visit.summary();
        s.records().create(dto);
    }
}
