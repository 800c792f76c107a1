package org.guanai.mutualaid.api;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Visits of 1+1 pairings, scoped as their pairing. */
@org.osgi.annotation.versioning.ProviderType
public interface VisitService {
    /** The pairing's visits, newest first. */
    Page<VisitDTO> list(long pairingId, PageRequest page);

    VisitDTO get(long id);

    VisitDTO create(VisitDTO visit);
}
