package org.guanai.registry.api.operations;

/** One table of a backup: its rows and a checksum of their content, to compare a restore against. */
public class TableCountDTO {
    public String table;
    public long rows;
    /** SHA-256 of the rows in key order, hex. */
    public String checksum;

    public TableCountDTO() {
    }

    public TableCountDTO(String table, long rows, String checksum) {
        this.table = table;
        this.rows = rows;
        this.checksum = checksum;
    }
}
