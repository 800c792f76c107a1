package org.guanai.registry.api;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One dated event in a person's life with the platform, from the registry or an optional module.
 * <p>
 * Its title is kept in both languages ({@link #titleZh}, {@link #titleEn}), rendered by the contributor from its
 * own bundle; {@link #title} is the one in the reader's language, set where the timeline is answered (REST by
 * {@code Accept-Language}, the console by {@code GUANAI_LANG}; Chinese until then). A contributor written before
 * (1.2) that fills only {@link #title} still reads: that text in every language. The same goes for the
 * {@link #detail} when it is a sentence ({@link #detail(Message)}) rather than data.
 */
public class TimelineEntryDTO {
    public LocalDate date;
    /** "registry" or the contributing module's id. */
    public String moduleId;
    /** A kind the module defines, e.g. "service-record", "health-check". */
    public String kind;
    /** The title in the reader's language (Chinese unless English was asked for). */
    public String title;
    /** The title in Chinese; null from a contributor that gives only {@link #title}. Since 1.3. */
    public String titleZh;
    /** The title in English; null from a contributor that gives only {@link #title}. Since 1.3. */
    public String titleEn;
    /** A line under the title (who, where, the result), in the reader's language like {@link #title}. */
    public String detail;
    /** The detail in Chinese and in English when it is a sentence of the contributor's; else null. Since 1.3. */
    public String detailZh;
    public String detailEn;
    /** Where the full record lives, e.g. "/api/v1/service-records/12". */
    public String href;

    public TimelineEntryDTO() {
    }

    /** An entry whose title reads the same in every language (a name, a topic someone typed). */
    public TimelineEntryDTO(LocalDate date, String moduleId, String kind, String title, String detail, String href) {
        this.date = date;
        this.moduleId = moduleId;
        this.kind = kind;
        this.title = title;
        this.detail = detail;
        this.href = href;
    }

    /** An entry whose title is a sentence of the contributor's bundle: kept in Chinese and English. Since 1.3. */
    public TimelineEntryDTO(LocalDate date, String moduleId, String kind, Message title, String detail, String href) {
        this(date, moduleId, kind, title == null ? null : title.render(Message.CHINESE), detail, href);
        if (title != null) {
            this.titleZh = this.title;
            this.titleEn = title.render(Message.ENGLISH);
        }
    }

    /**
     * The title in {@code locale}'s language (English for any English, else Chinese); {@link #title} when the
     * contributor gave no rendering for it.
     */
    public String title(Locale locale) {
        String rendered = Message.ENGLISH.equals(Message.supported(locale)) ? titleEn : titleZh;
        return rendered != null ? rendered : title;
    }

    /** Sets the detail to a sentence of the contributor's bundle, kept in Chinese and English; returns this entry. */
    public TimelineEntryDTO detail(Message detail) {
        this.detail = detail == null ? null : detail.render(Message.CHINESE);
        this.detailZh = this.detail;
        this.detailEn = detail == null ? null : detail.render(Message.ENGLISH);
        return this;
    }

    /** Sets {@link #title} and {@link #detail} to the ones in {@code locale}'s language; returns this entry. */
    public TimelineEntryDTO in(Locale locale) {
        this.title = title(locale);
        String rendered = Message.ENGLISH.equals(Message.supported(locale)) ? detailEn : detailZh;
        if (rendered != null) {
            this.detail = rendered;
        }
        return this;
    }
}
