package org.guanai.mutualaid.api;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** 1+1 pairings, scoped by where the household or person lives. */
@org.osgi.annotation.versioning.ProviderType
public interface PairingService {
    Page<PairingDTO> list(PairingQuery query, PageRequest page);

    PairingDTO get(long id);

    PairingDTO create(PairingDTO pairing);

    PairingDTO update(long id, long expectedVersion, PairingDTO pairing);

    PairingDTO end(long id, long expectedVersion, EndRequest end);
}
