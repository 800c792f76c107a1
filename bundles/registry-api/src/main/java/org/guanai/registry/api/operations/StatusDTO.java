package org.guanai.registry.api.operations;

import java.util.ArrayList;
import java.util.List;

/** Whether the platform can serve its data, and each part it depends on. */
public class StatusDTO {
    /** True when every part is {@link PartState#READY}. */
    public boolean up;
    public List<PartStatusDTO> parts = new ArrayList<>();
    /** The data home folder (for administrators; the public probe leaves it out). */
    public String dataHome;
}
