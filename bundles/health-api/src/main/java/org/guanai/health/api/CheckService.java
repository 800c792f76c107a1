package org.guanai.health.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * Check records. {@code withResults} says whether the caller may see outcomes; when false,
 * outcome fields are withheld (and a result filter is ignored).
 */
@org.osgi.annotation.versioning.ProviderType
public interface CheckService {
    Page<CheckRecordDTO> list(CheckQuery query, PageRequest page, boolean withResults);

    CheckRecordDTO get(long id, boolean withResults);

    /**
     * Records a check. Refused (ValidationException on personId) unless the person is an
     * active left-behind woman, or {@code allowOtherCategory} is set and the person exists.
     */
    CheckRecordDTO record(CheckRecordDTO check);

    /** Corrects a check or adds its follow-up; outcome fields can only be written, as they are health data, by health staff (the caller's layer decides). */
    CheckRecordDTO update(long id, long expectedVersion, CheckRecordDTO check);
}
