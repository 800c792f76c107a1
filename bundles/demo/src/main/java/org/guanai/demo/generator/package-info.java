/**
 * A synthetic county of left-behind households, deterministic from a seed: townships and villages,
 * households with their migrant members, women, children and elderly with valid resident ID numbers,
 * guardians, service sites, teams, volunteers and service records; written as roster files in the
 * import layout, optionally with realistic defects. Plain Java: usable outside OSGi (tests, benchmarks).
 */
@Export
@Version("1.0.0")
package org.guanai.demo.generator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
