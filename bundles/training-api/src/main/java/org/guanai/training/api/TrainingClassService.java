package org.guanai.training.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Classes, kept to the township of the caller's divisions. */
@org.osgi.annotation.versioning.ProviderType
public interface TrainingClassService {
    Page<TrainingClassDTO> list(TrainingClassQuery query, PageRequest page);

    TrainingClassDTO get(long id);

    TrainingClassDTO create(TrainingClassDTO trainingClass);

    TrainingClassDTO update(long id, long expectedVersion, TrainingClassDTO trainingClass);
}
