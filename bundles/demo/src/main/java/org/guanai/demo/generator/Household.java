package org.guanai.demo.generator;

import java.util.List;

/** A left-behind household: where it lives, who stays (residents) and who works away (migrants). */
public record Household(String key, String villageCode, String address, String headName, String phone,
                        boolean hardship, List<Resident> residents, List<Migrant> migrants) {
}
