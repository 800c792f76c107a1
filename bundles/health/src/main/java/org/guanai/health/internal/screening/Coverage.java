package org.guanai.health.internal.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.security.SmallCells;

/**
 * Screening coverage of a year, per township of the county (every township, zeros included) and for
 * the county. Counted over the women given (the active left-behind women, each in the township the
 * registry places her in now); checks of anyone else are ignored, so every count is a count of
 * distinct women and a part never exceeds its whole:
 * <ul>
 * <li>due: the women;</li>
 * <li>checked: those with at least one check dated in the year;</li>
 * <li>abnormal: those with at least one ABNORMAL check in the year;</li>
 * <li>referred: those with at least one REFERRED check in the year;</li>
 * <li>referralsFollowedUp: referred women with {@code followedUpOn} set on at least one of their
 *     REFERRED checks of the year.</li>
 * </ul>
 * A woman may count as both abnormal and referred. Percentages, with one decimal (half up), are of
 * due (checked), of checked (abnormal, referred) and of referred (followed up); 0 when that is 0.
 */
public final class Coverage {

    private Coverage() {
    }

    public static CoverageDTO of(int year, DivisionDTO county, List<DivisionDTO> townships,
                                 Collection<PersonFact> women, Collection<CheckFact> checks) {
        Set<Long> checked = new HashSet<>();
        Set<Long> abnormal = new HashSet<>();
        Set<Long> referred = new HashSet<>();
        Set<Long> followedUp = new HashSet<>();
        for (CheckFact c : checks) {
            if (c.checkedOn() == null || c.checkedOn().getYear() != year) {
                continue;
            }
            checked.add(c.personId());
            if (c.result() == CheckResult.ABNORMAL) {
                abnormal.add(c.personId());
            }
            if (c.result() == CheckResult.REFERRED) {
                referred.add(c.personId());
                if (c.followedUpOn() != null) {
                    followedUp.add(c.personId());
                }
            }
        }
        Map<String, Tally> byTownship = new HashMap<>();
        Tally total = new Tally();
        for (PersonFact w : women) {
            Tally t = byTownship.computeIfAbsent(w.townshipCode(), k -> new Tally());
            for (Tally tally : new Tally[] {t, total}) {
                tally.due++;
                tally.checked += checked.contains(w.personId()) ? 1 : 0;
                tally.abnormal += abnormal.contains(w.personId()) ? 1 : 0;
                tally.referred += referred.contains(w.personId()) ? 1 : 0;
                tally.followedUp += followedUp.contains(w.personId()) ? 1 : 0;
            }
        }
        CoverageDTO coverage = new CoverageDTO();
        coverage.year = year;
        for (DivisionDTO township : townships) {
            coverage.townships.add(byTownship.getOrDefault(township.code, new Tally()).row(township));
        }
        coverage.county = total.row(county);
        return coverage;
    }

    /**
     * Coverage as a caller who may not read results sees it: the counts that follow from results (abnormal,
     * referred, followed up) and their percentages null where {@code cells} suppresses them, column by column over
     * the townships with the county as the total (so no suppressed cell can be worked out from the others). A
     * followed-up count whose referred count is suppressed goes too. Nothing changes for {@link SmallCells#none()}.
     */
    public static CoverageDTO suppress(CoverageDTO coverage, SmallCells cells) {
        if (!cells.suppresses()) {
            return coverage;
        }
        List<CoverageRowDTO> rows = coverage.townships;
        List<Long> abnormal = column(rows, coverage.county, r -> r.abnormal, r -> r.checked, cells);
        List<Long> referred = column(rows, coverage.county, r -> r.referred, r -> r.checked, cells);
        List<Long> followed = column(rows, coverage.county, r -> r.referralsFollowedUp, r -> r.referred, cells);
        for (int i = 0; i <= rows.size(); i++) {
            CoverageRowDTO row = i < rows.size() ? rows.get(i) : coverage.county;
            row.abnormal = abnormal.get(i);
            row.referred = referred.get(i);
            row.referralsFollowedUp = row.referred == null ? null : followed.get(i);
            row.abnormalPercent = row.abnormal == null ? null : row.abnormalPercent;
            row.referredPercent = row.referred == null ? null : row.referredPercent;
            row.followedUpPercent = row.referralsFollowedUp == null ? null : row.followedUpPercent;
        }
        coverage.suppressedBelow = cells.minimum();
        return coverage;
    }

    private static List<Long> column(List<CoverageRowDTO> rows, CoverageRowDTO total,
                                     ToLongFunction<CoverageRowDTO> count, ToLongFunction<CoverageRowDTO> whole,
                                     SmallCells cells) {
        long[] counts = rows.stream().mapToLong(count).toArray();
        long[] wholes = rows.stream().mapToLong(whole).toArray();
        return cells.column(counts, wholes, count.applyAsLong(total), whole.applyAsLong(total));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal, rounded half up; 0 when whole is 0. */
    public static double percent(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static final class Tally {
        long due;
        long checked;
        long abnormal;
        long referred;
        long followedUp;

        CoverageRowDTO row(DivisionDTO division) {
            CoverageRowDTO r = new CoverageRowDTO();
            r.townshipCode = division.code;
            r.townshipName = division.name;
            r.due = due;
            r.checked = checked;
            r.abnormal = abnormal;
            r.referred = referred;
            r.referralsFollowedUp = followedUp;
            r.checkedPercent = percent(checked, due);
            r.abnormalPercent = percent(abnormal, checked);
            r.referredPercent = percent(referred, checked);
            r.followedUpPercent = percent(followedUp, referred);
            return r;
        }
    }
}
