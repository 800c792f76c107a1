package org.guanai.registry.api.spi;

/**
 * Contributes a module's section to the quarterly bulletin (简报): its figures for the quarter and, where it
 * has them, tables (e.g. the joint meeting's matters and their state). A bulletin is circulated: a section
 * holds aggregates and non-personal records only, never a person's name, ID number or phone. Called for the
 * current caller ({@link org.guanai.registry.api.security.CallerContext}), scoped to what the caller sees and
 * leaving out what the caller's roles may not read. A provider that throws is skipped and named as
 * unavailable.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface BulletinSectionProvider {
    /** The contributing module's id (its {@link ModuleDescriptor#id()}). */
    String moduleId();

    /** The section for {@code period}; null when the module has nothing to say for it. */
    BulletinSectionDTO section(BulletinPeriod period);
}
