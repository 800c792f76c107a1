package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Text.text;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.FairDTO;
import org.guanai.training.api.FairService;
import org.guanai.training.api.FairSignUpDTO;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A person's training on her registry timeline: enrolled, completed, certificate, each follow-up's outcome, and the
 * fair projects she signed up for.
 */
@Component(service = TimelineProvider.class)
public class TrainingTimeline implements TimelineProvider {

    static final String HREF = "/api/v1/training/enrolments/";
    static final String SIGN_UP_HREF = "/api/v1/training/fairs/sign-ups/";
    private static final String OUTCOME_LABEL = "label.Outcome.";

    private final EnrolmentService enrolments;
    private final TrainingClassService classes;
    private final FollowUpService followUps;
    private final FairService fairs;

    @Activate
    public TrainingTimeline(@Reference(name = "enrolments") EnrolmentService enrolments,
                            @Reference(name = "classes") TrainingClassService classes,
                            @Reference(name = "followUps") FollowUpService followUps,
                            @Reference(name = "fairs") FairService fairs) {
        this.enrolments = enrolments;
        this.classes = classes;
        this.followUps = followUps;
        this.fairs = fairs;
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
            Object course = k == null ? text("timeline.class", n.classId) : k.courseTitle;
            String place = k == null ? null : k.place;
            entries.add(new TimelineEntryDTO(n.enrolledOn, TrainingModule.ID, "training-enrolled",
                    text("timeline.enrolled", course), place, HREF + n.id));
            if (n.completed && k != null) {
                entries.add(new TimelineEntryDTO(k.endsOn, TrainingModule.ID, "training-completed",
                        text("timeline.completed", course), (String) null, HREF + n.id)
                        .detail(text("timeline.hours", n.attendedHours.toPlainString(), n.requiredHours)));
            }
            if (n.certificateNumber != null) {
                entries.add(new TimelineEntryDTO(n.certificateIssuedOn, TrainingModule.ID, "training-certificate",
                        text("timeline.certificate", course), n.certificateNumber, HREF + n.id));
            }
        }
        for (OutcomeFollowUpDTO f : followUps.list(null, personId, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(f.followedUpOn, TrainingModule.ID, "training-outcome",
                    text("timeline.outcome", outcome(f.outcome)), f.note, HREF + f.enrolmentId));
        }
        for (FairSignUpDTO s : fairs.signUps(null, personId, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(s.signedUpOn, TrainingModule.ID, "training-fair-sign-up",
                    text("timeline.fairSignUp", s.projectName), (String) null, SIGN_UP_HREF + s.id)
                    .detail(fairOf(s.fairId)));
        }
        return entries;
    }

    /** An outcome's label in the module's bundle ({@code label.Outcome.EMPLOYED_LOCALLY}: 本地就业 / employed locally). */
    static Message outcome(Outcome outcome) {
        return text(OUTCOME_LABEL + (outcome == null ? Outcome.NO_CHANGE : outcome).name());
    }

    /** 县人社局、县妇联 创业项目推介会 2026-11-20 镇文化广场; null for a fair the caller does not see. */
    private Message fairOf(long id) {
        try {
            FairDTO fair = fairs.get(id);
            return text("timeline.fair", fair.organiser, fair.heldOn, fair.place == null ? "" : " " + fair.place);
        } catch (NotFoundException e) {
            return null; // held in a township the caller does not see
        }
    }

    private TrainingClassDTO trainingClass(long id) {
        try {
            return classes.get(id);
        } catch (NotFoundException e) {
            return null; // held in a township the caller does not see
        }
    }
}
