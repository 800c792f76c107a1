package org.guanai.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * The registry's Pax Exam classes in one container: they need nothing of a container but the distribution as
 * shipped with the tests' accounts (no options of their own, no module installed, each test its own data), and a
 * boot costs 45–60 s of CI. Each member is {@code PerSuite}: run alone ({@code -Dit.test=CoreIT}) it boots its own
 * container as before; run here, Pax Exam boots the first member's container once and runs every member's tests
 * in it, in this order. ScopeIT comes last because it changes accounts (the township user's divisions) that the
 * others' township reads do not expect. The members are excluded from failsafe's own scan (itests/pom.xml), so
 * each runs once.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({AccessIT.class, CoreIT.class, AuditIT.class, RosterIT.class, ScopeIT.class})
public class RegistrySuiteIT {
}
