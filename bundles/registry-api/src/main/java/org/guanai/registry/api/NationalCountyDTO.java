package org.guanai.registry.api;

/** A county of the national division list, with where it is. */
public class NationalCountyDTO {
    /** 6 digits (GB/T 2260). */
    public String code;
    public String name;
    /** The prefecture-level city, e.g. 岳阳市 (市辖区 or 省直辖县级行政区划 where the list says so). */
    public String city;
    public String province;

    public NationalCountyDTO() {
    }

    public NationalCountyDTO(String code, String name, String city, String province) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.province = province;
    }

    @Override
    public String toString() {
        return code + " " + province + city + name;
    }
}
