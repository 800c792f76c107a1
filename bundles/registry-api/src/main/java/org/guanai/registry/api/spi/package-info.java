/**
 * The module SPI: optional modules (health, training, mutual aid, legal) register these
 * as OSGi services; the registry picks them up dynamically (whiteboard pattern) and drops
 * them when the module is uninstalled.
 *
 * <p>1.1.0: {@link org.guanai.registry.api.spi.ActionListProvider} (the dashboard's action lists) and
 * {@link org.guanai.registry.api.spi.BulletinSectionProvider} (the quarterly bulletin's sections), with
 * their DTOs.
 * 1.2.0: an action item's name and a bulletin table's rows in English beside the Chinese
 * ({@link org.guanai.registry.api.spi.ActionItemDTO#nameZh}, {@code nameEn};
 * {@link org.guanai.registry.api.spi.BulletinTableDTO#rowsEn}).
 */
@Export
@Version("1.2.0")
package org.guanai.registry.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
