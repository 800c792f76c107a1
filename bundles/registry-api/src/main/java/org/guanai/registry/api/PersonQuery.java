package org.guanai.registry.api;

/** Filters for listing persons; null fields do not filter. */
public class PersonQuery {
    public String townshipCode;
    public String villageCode;
    public CareCategory category;
    public Status status;
    /** Name starts with this. */
    public String namePrefix;
    public SchoolStage schoolStage;
    public Long householdId;
    public Gender gender;

    /**
     * The active left-behind women, of one township and/or village when given (null: any): what the modules'
     * county-wide lists and reports count.
     */
    public static PersonQuery activeWomen(String townshipCode, String villageCode) {
        PersonQuery q = new PersonQuery();
        q.category = CareCategory.LEFT_BEHIND_WOMAN;
        q.status = Status.ACTIVE;
        q.townshipCode = townshipCode;
        q.villageCode = villageCode;
        return q;
    }
}
