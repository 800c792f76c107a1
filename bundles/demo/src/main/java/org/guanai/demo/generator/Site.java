package org.guanai.demo.generator;

import java.time.LocalDate;

import org.guanai.registry.api.SiteKind;

/** A children's home or women's home in a village. */
public record Site(SiteKind kind, String name, String villageCode, String address, LocalDate openedOn,
                   boolean remoteEducationStation, boolean parentsSchool, String contactName, String contactPhone) {
}
