package org.guanai.training.api;

/** Reports over the caller's divisions. */
@org.osgi.annotation.versioning.ProviderType
public interface TrainingReports {
    TrainingReportDTO report(int year);
}
