package org.guanai.registry.internal.divisions;

/**
 * Division names as counties write them. The statistics bureau names a village's committee (古洲湾村民委员会,
 * 集镇居民委员会, 新街社区居委会); a county's roster, its staff and this registry say 古洲湾村 and 集镇社区. Names
 * given by a user are compared after the same shortening, so either form finds the division.
 */
public final class DivisionNaming {

    private DivisionNaming() {
    }

    /** The name as stored and shown: a committee's name shortened to the village or community. */
    public static String display(String official) {
        String n = official == null ? "" : official.strip();
        for (String suffix : new String[] {"村民委员会", "村委会"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                String stem = n.substring(0, n.length() - suffix.length());
                return stem.endsWith("村") ? stem : stem + "村";
            }
        }
        for (String suffix : new String[] {"居民委员会", "居委会"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                String stem = n.substring(0, n.length() - suffix.length());
                return stem.endsWith("社区") ? stem : stem + "社区";
            }
        }
        if (n.endsWith("街道办事处") && n.length() > 5) {
            return n.substring(0, n.length() - 3);
        }
        return n;
    }

    /**
     * A name as typed, ready to compare with stored names: blanks and full-width parentheses tidied, a
     * committee's name shortened ({@link #display}).
     */
    public static String key(String typed) {
        if (typed == null) {
            return "";
        }
        return display(typed.replaceAll("\\s", "").replace('（', '(').replace('）', ')'));
    }

    /** The name without its 村 / 社区 / 镇 / 乡 / 街道 ending (城东村 → 城东), for a last, unambiguous match. */
    public static String stem(String name) {
        String n = key(name);
        for (String suffix : new String[] {"社区", "街道", "村", "镇", "乡"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}
