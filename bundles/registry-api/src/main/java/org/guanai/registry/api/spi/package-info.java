/**
 * The module SPI: optional modules (health, training, mutual aid, legal) register these
 * as OSGi services; the registry picks them up dynamically (whiteboard pattern) and drops
 * them when the module is uninstalled.
 */
@Export
@Version("1.1.0")
package org.guanai.registry.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
