package org.guanai.training.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An entrepreneurship project fair (创业项目推介会): held on a day at a place, by an organiser (usually the
 * social-security bureau with the women's federation), presenting projects that women may sign up for.
 */
public class FairDTO {
    public Long id;
    public long version;
    public LocalDate heldOn;
    /** The registry service site where it is held; or none, and then {@link #villageCode} or {@link #townshipCode}. */
    public Long siteId;
    /** The township it belongs to: its site's, its village's, or the one given. */
    public String townshipCode;
    public String villageCode;
    /** The place in words, e.g. 县妇女儿童活动中心. */
    public String place;
    /** Who held it, e.g. 县人社局、县妇联. */
    public String organiser;
    /** How many came; 0 until it has been held. */
    public int headCount;
    /** The projects presented (at least one). */
    public List<FairProjectDTO> projects = new ArrayList<>();
    /** Sign-ups over all its projects (filled on read). */
    public int signUps;
    public String notes;
}
