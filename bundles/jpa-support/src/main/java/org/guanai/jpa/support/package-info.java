/**
 * What the registry's and the modules' record services share: {@link org.guanai.jpa.support.Checks},
 * which collects every field error of a request; {@link org.guanai.jpa.support.Filter}, the optional
 * criteria of a list query with its page and count; and the base classes
 * {@link org.guanai.jpa.support.RecordServiceSupport} and {@link org.guanai.jpa.support.EndableServiceSupport}
 * (transactions, loading by id, version-checked updates, ending instead of deleting).
 *
 * <p>No entity lives here. Aries JPA weaves only the classes of the bundle that declares the persistence
 * unit, so a mapped superclass from this bundle would stay unwoven. Each module keeps its own entities and
 * mapped superclasses and lets them implement {@link org.guanai.jpa.support.Versioned} and
 * {@link org.guanai.jpa.support.Endable}, which is all the base classes ask of them.
 */
@Export
@Version("1.2.0")
package org.guanai.jpa.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
