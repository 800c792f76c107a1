package org.guanai.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One class day's attendance: the hours taught that day and who was present. */
public class AttendanceDayDTO {
    public LocalDate day;
    /** Hours taught that day, in half hours, more than 0 and at most 12. */
    public BigDecimal hours;
    /** The enrolled persons present. */
    public List<Long> personIds = new ArrayList<>();
}
