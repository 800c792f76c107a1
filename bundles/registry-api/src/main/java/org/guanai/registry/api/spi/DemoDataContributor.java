package org.guanai.registry.api.spi;

/**
 * A module's share of the demo county (a plausible year of checks, classes, group activities …), registered by the
 * module's own bundle as an OSGi service. The demo (feature {@code guanai-demo}) calls it once the county's
 * registry records are in: right after {@code demo:load} or the first-start load, and, for a module installed into a
 * demo registry later, when the module arrives. The demo knows nothing of the module, and the module nothing of the
 * demo's internals: it reads the registry through its API services and writes through its own.
 *
 * <p>Called without a caller (trusted code: scoped reads see the whole county) on a background thread, or as the
 * admin running {@code demo:load}. Same seed, same data: derive every random choice from {@link DemoRequest#seed()}.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface DemoDataContributor {

    /** The contributing module's id, as its {@link ModuleDescriptor#id()}. */
    String moduleId();

    /**
     * True when this module already holds data (demo or real): it is then not called, so a restart, a reinstall
     * or a county's own records never get a second year of demo data.
     */
    boolean hasData();

    /**
     * Writes the module's demo data for the county the registry now holds.
     *
     * @return one line saying what was written, e.g. "12 campaigns, 9,120 checks, 40 talks"
     */
    String contribute(DemoRequest request) throws InterruptedException;
}
