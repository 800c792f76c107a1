package org.guanai.shell.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class TableTest {

    @Test
    public void columnsStayAlignedWhenCellsHoldChineseText() {
        String printed = print(new Table().number("id").column("name").column("village").column("status")
                .row(1, "张三", "石门村", "ACTIVE")
                .row(22, "欧阳小娜", "Shimen", "ENDED")
                .row(333, "Li", "前吴村", "ACTIVE"));
        List<String> lines = printed.lines().toList();
        assertEquals(5, lines.size());
        // every line, header and underline included, has its column breaks in the same terminal cells
        List<Integer> header = breaks(lines.get(0), '|');
        assertEquals(3, header.size());
        assertEquals(header, breaks(lines.get(1), '+'));
        for (String line : lines.subList(2, 5)) {
            assertEquals(line, header, breaks(line, '|'));
        }
        assertTrue(printed.contains("欧阳小娜"));
    }

    @Test
    public void aTableWithoutWideTextIsLeftAsShellTablePrintsIt() {
        String printed = print(new Table().number("id").column("name").row(7, "Li").row(12, "Wang"));
        assertFalse(printed.contains("\u3000"));
        assertEquals(List.of("id | name", "---+-----", " 7 | Li", "12 | Wang"), printed.lines().toList());
    }

    @Test
    public void widthCountsChineseAsTwoCells() {
        assertEquals(6, Table.width("石门村"));
        assertEquals(10, Table.width("妇女、老人"));
        assertEquals(4, Table.width("Li 1"));
    }

    private static String print(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Terminal cells at which the separator character appears. */
    private static List<Integer> breaks(String line, char separator) {
        List<Integer> cells = new ArrayList<>();
        int cell = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == separator) {
                cells.add(cell);
            }
            cell += Table.width(String.valueOf(c));
        }
        return cells;
    }
}
