package org.guanai.health.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * Check records. Their outcome (result, findings, referral, follow-up) is the module's sensitive data
 * {@code health.results}: the service shows and accepts it only for a caller the registry's
 * {@code Visibility} lets read it (the health role and admin), whoever calls, over REST or at the console; others
 * get the outcome withheld ({@link CheckRecordDTO#outcomeHidden}) and a result filter ignored.
 */
@org.osgi.annotation.versioning.ProviderType
public interface CheckService {
    Page<CheckRecordDTO> list(CheckQuery query, PageRequest page);

    CheckRecordDTO get(long id);

    /**
     * Records a check: every check has a result, so only a caller who reads results may
     * ({@code AccessRefusedException} otherwise). Refused (ValidationException on personId) unless the person is an
     * active left-behind woman, or {@code allowOtherCategory} is set and the person exists.
     */
    CheckRecordDTO record(CheckRecordDTO check);

    /**
     * Corrects a check or adds its follow-up. A caller who may not read results may correct the other fields (the
     * stored outcome is kept) but not send an outcome ({@code AccessRefusedException}).
     */
    CheckRecordDTO update(long id, long expectedVersion, CheckRecordDTO check);
}
