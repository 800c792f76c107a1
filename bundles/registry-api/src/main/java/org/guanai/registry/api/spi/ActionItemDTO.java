package org.guanai.registry.api.spi;

/**
 * One person (or record) on an action list. No ID number or phone: a worker opens the record (through
 * {@link #href}) to see those, masked as the caller's role says.
 */
public class ActionItemDTO {
    /** The person concerned, or null when the item is not about one person. */
    public Long personId;
    /** The name (a person's, a group's); in Chinese when it is a sentence of the module's (see {@link #nameZh}). */
    public String name;
    /**
     * The name in Chinese and in English when it is more than a name (王家户 / the 王 household, 维权案件 #12 …),
     * filled from the module's bundle; null when {@link #name} reads the same in both. Since 1.2.
     */
    public String nameZh;
    public String nameEn;
    public String townshipCode;
    public String villageCode;
    /** Why the item is on the list, e.g. "监护人监护能力弱" / "guardian of weak capacity". */
    public String detailZh;
    public String detailEn;
    /**
     * The REST path of the record to open (e.g. {@code /api/v1/persons/12}), which the same caller may read;
     * null when there is none to open.
     */
    public String href;

    public ActionItemDTO() {
    }

    /** An item about a registered person, opening that person's record ({@code /api/v1/persons/{id}}). */
    public ActionItemDTO(long personId, String name, String townshipCode, String villageCode) {
        this.personId = personId;
        this.name = name;
        this.townshipCode = townshipCode;
        this.villageCode = villageCode;
        this.href = "/api/v1/persons/" + personId;
    }
}
