/**
 * The mutual-aid module's API (巾帼互助组): groups, memberships, activities, 1+1 pairings and visits, the lists
 * and figures. DTOs and one service interface per aggregate. No JPA, JSON or JAX-RS here.
 */
@Export
@Version("1.0.0")
package org.guanai.mutualaid.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
