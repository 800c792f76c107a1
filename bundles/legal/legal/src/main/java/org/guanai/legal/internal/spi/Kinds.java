package org.guanai.legal.internal.spi;

import java.util.Map;

import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.EventKind;

/** Chinese words for the module's values on timelines, action lists and the bulletin. */
final class Kinds {

    private static final Map<Enum<?>, String> ZH = Map.ofEntries(
            Map.entry(EventKind.VILLAGE_CAMPAIGN, "送法下乡"), Map.entry(EventKind.SCHOOL, "法治进校园"),
            Map.entry(EventKind.MARKET_FAIR, "赶集宣传"), Map.entry(EventKind.SLOGAN_POSTER, "标语海报宣传"),
            Map.entry(EventKind.CHILD_SAFETY, "儿童安全教育"), Map.entry(EventKind.OTHER, "其他宣传"),
            Map.entry(CaseCategory.DOMESTIC_VIOLENCE, "家庭暴力"), Map.entry(CaseCategory.MARRIAGE_FAMILY, "婚姻家庭"),
            Map.entry(CaseCategory.PROPERTY_LAND, "财产与土地权益"), Map.entry(CaseCategory.PERSONAL_SAFETY, "人身安全"),
            Map.entry(CaseCategory.CHILD_RIGHTS, "儿童权益"), Map.entry(CaseCategory.LABOUR, "劳动权益"),
            Map.entry(CaseCategory.OTHER, "其他"));

    private Kinds() {
    }

    static String zh(Enum<?> value) {
        return value == null ? "" : ZH.getOrDefault(value, value.name());
    }
}
