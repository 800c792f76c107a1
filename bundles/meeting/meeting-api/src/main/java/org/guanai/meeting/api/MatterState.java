package org.guanai.meeting.api;

/** Where a matter stands: open (being worked on) or done. Overdue is an open matter past its due day. */
public enum MatterState {
    OPEN,
    DONE
}
