/**
 * Who is calling: the {@link org.guanai.registry.api.security.Caller} of the current REST request or
 * console command, and the masking of resident ID numbers and phone numbers that every response and
 * export applies unless that caller may, and asked to, see them in full.
 */
@Export
@Version("1.2.0")
package org.guanai.registry.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
