package org.guanai.registry.api;

/** A person's timeline: the registry's service records plus what installed modules contribute. */
@org.osgi.annotation.versioning.ProviderType
public interface TimelineService {
    /** @throws NotFoundException when there is no such person */
    TimelineDTO timeline(long personId);
}
