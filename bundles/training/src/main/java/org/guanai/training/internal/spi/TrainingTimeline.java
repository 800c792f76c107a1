package org.guanai.training.internal.spi;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A person's training on her registry timeline: enrolled, completed, certificate, each follow-up's outcome. */
@Component(service = TimelineProvider.class)
public class TrainingTimeline implements TimelineProvider {

    static final String HREF = "/api/v1/training/enrolments/";

    private final EnrolmentService enrolments;
    private final TrainingClassService classes;
    private final FollowUpService followUps;

    @Activate
    public TrainingTimeline(@Reference(name = "enrolments") EnrolmentService enrolments,
                            @Reference(name = "classes") TrainingClassService classes,
                            @Reference(name = "followUps") FollowUpService followUps) {
        this.enrolments = enrolments;
        this.classes = classes;
        this.followUps = followUps;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        EnrolmentQuery query = new EnrolmentQuery();
        query.personId = personId;
        List<TimelineEntryDTO> entries = new ArrayList<>();
        for (EnrolmentDTO n : enrolments.list(query, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            TrainingClassDTO k = trainingClass(n.classId);
            String course = k == null ? "班次 " + n.classId : k.courseTitle;
            String place = k == null ? null : k.place;
            entries.add(new TimelineEntryDTO(n.enrolledOn, TrainingModule.ID, "training-enrolled",
                    "报名培训 Enrolled: " + course, place, HREF + n.id));
            if (n.completed && k != null) {
                entries.add(new TimelineEntryDTO(k.endsOn, TrainingModule.ID, "training-completed",
                        "培训结业 Completed: " + course, TrainingRulesText.hours(n), HREF + n.id));
            }
            if (n.certificateNumber != null) {
                entries.add(new TimelineEntryDTO(n.certificateIssuedOn, TrainingModule.ID, "training-certificate",
                        "获得证书 Certificate: " + course, n.certificateNumber, HREF + n.id));
            }
        }
        for (OutcomeFollowUpDTO f : followUps.list(null, personId, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(f.followedUpOn, TrainingModule.ID, "training-outcome",
                    "培训回访 Follow-up: " + Outcomes.zh(f.outcome) + " " + f.outcome, f.note, HREF + f.enrolmentId));
        }
        return entries;
    }

    private TrainingClassDTO trainingClass(long id) {
        try {
            return classes.get(id);
        } catch (NotFoundException e) {
            return null; // held in a township the caller does not see
        }
    }
}
