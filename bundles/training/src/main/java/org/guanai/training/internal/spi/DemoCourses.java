package org.guanai.training.internal.spi;

import java.util.List;
import java.util.Random;

import org.guanai.training.api.CourseDTO;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.PartnerKind;

/** The demo county's course catalogue, as the county report describes its partners' courses. */
final class DemoCourses {

    private DemoCourses() {
    }

    static List<CourseDTO> catalogue() {
        return List.of(
                course("柑橘栽培与病虫害防治", CourseKind.FARMING, PartnerKind.AGRICULTURE, "县农业农村局", 24, "新型职业农民培训合格证"),
                course("家政服务员（育婴、养老护理）", CourseKind.DOMESTIC_SERVICE, PartnerKind.HUMAN_RESOURCES, "县人力资源和社会保障局", 36, "家政服务员职业技能等级证书"),
                course("农村电商与直播带货", CourseKind.E_COMMERCE, PartnerKind.HUMAN_RESOURCES, "县人力资源和社会保障局", 18, "电子商务培训结业证书"),
                course("湘绣与竹编手工", CourseKind.HANDICRAFT, PartnerKind.WOMENS_FEDERATION, "县妇联", 12, null),
                course("巾帼创业培训（SYB）", CourseKind.ENTREPRENEURSHIP, PartnerKind.HUMAN_RESOURCES, "县人力资源和社会保障局", 30, "SYB 创业培训合格证"));
    }

    static String trainer(CourseDTO course, Random random) {
        String[] names = {"李", "王", "张", "刘", "陈"};
        String who = names[random.nextInt(names.length)];
        return course.partnerName + " " + who + (course.kind == CourseKind.FARMING ? "农艺师" : "老师");
    }

    private static CourseDTO course(String title, CourseKind kind, PartnerKind partner, String partnerName, int hours,
                                    String certificate) {
        CourseDTO c = new CourseDTO();
        c.title = title;
        c.kind = kind;
        c.partnerKind = partner;
        c.partnerName = partnerName;
        c.requiredHours = hours;
        c.certificateName = certificate;
        return c;
    }
}
