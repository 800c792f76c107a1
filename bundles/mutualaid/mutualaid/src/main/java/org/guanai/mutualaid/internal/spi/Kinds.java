package org.guanai.mutualaid.internal.spi;

import java.util.Map;

import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.VisitKind;

/** Chinese names of the kinds, for the timeline and the dashboard (read by people, Chinese first). */
final class Kinds {
    private static final Map<Enum<?>, String> ZH = Map.ofEntries(
            Map.entry(GroupKind.SECURITY, "治安"), Map.entry(GroupKind.SANITATION, "环卫"),
            Map.entry(GroupKind.RIGHTS, "维权"), Map.entry(GroupKind.PRODUCTION, "生产"),
            Map.entry(GroupKind.CULTURE_SPORTS, "文体"), Map.entry(GroupKind.OTHER, "其他"),
            Map.entry(ActivityKind.FARM_HELP, "农忙互助"), Map.entry(ActivityKind.TUTORING, "儿童之家辅导"),
            Map.entry(ActivityKind.HEART_TALK, "谈心交流"), Map.entry(ActivityKind.SAFETY_PATROL, "治安巡逻"),
            Map.entry(ActivityKind.CLEAN_UP, "村庄保洁"), Map.entry(ActivityKind.CULTURAL_EVENT, "文体活动"),
            Map.entry(ActivityKind.OTHER, "其他活动"),
            Map.entry(VisitKind.HOME_VISIT, "走访"), Map.entry(VisitKind.FARM_HELP, "农活帮扶"),
            Map.entry(VisitKind.STUDY_HELP, "学业帮扶"), Map.entry(VisitKind.MATERIAL_AID, "物资帮扶"),
            Map.entry(VisitKind.WARMTH_VISIT, "送温暖"), Map.entry(VisitKind.COUNSELLING, "心理疏导"),
            Map.entry(VisitKind.OTHER, "其他帮扶"));

    private Kinds() {
    }

    static String zh(Enum<?> kind) {
        return kind == null ? "" : ZH.getOrDefault(kind, kind.name());
    }
}
