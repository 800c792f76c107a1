package org.guanai.meeting.api;

import java.time.LocalDate;

/** Closing a matter: the day it was done (today when absent) and what came of it. */
public class DoneRequest {
    public LocalDate doneOn;
    public String result;

    public DoneRequest() {
    }

    public DoneRequest(LocalDate doneOn, String result) {
        this.doneOn = doneOn;
        this.result = result;
    }
}
