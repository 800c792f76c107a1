package org.guanai.registry.api.roster;

/** The file formats of the roster. */
public enum RosterFormat {
    /** UTF-8 (with or without BOM) or GBK on import; UTF-8 with BOM on export, so Excel opens it. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** Office Open XML workbook. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    RosterFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
