package org.guanai.testing.fakes;

/** Throws instead of writing when set on a fake, e.g. a ValidationException, the way the service would refuse. */
@FunctionalInterface
public interface Refusal {
    void check();

    /** Lets every write through. */
    Refusal NONE = () -> { };
}
