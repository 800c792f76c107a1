package org.guanai.backup.move;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.guanai.backup.ToolText;
import org.junit.Test;

/** bin/guanai-to-postgres refuses a URL that could make the driver touch files, in the language asked for. */
public class PostgresMoveToolTest {

    @Test
    public void aParameterOutsideTheFewAllowedIsRefusedInChineseByDefaultAndEnglishWhenAsked() {
        String url = "jdbc:postgresql://127.0.0.1:5432/county?loggerFile=/etc/passwd";
        assertEquals("地址中不允许参数 loggerFile（允许：ApplicationName, connectTimeout, ssl, sslmode；用户名和口令另行询问）",
                PostgresMoveTool.urlProblem(url));
        assertEquals("URL parameter not allowed: loggerFile (allowed: ApplicationName, connectTimeout, ssl, sslmode;"
                + " user and password are asked separately)", PostgresMoveTool.urlProblem(url, ToolText.ENGLISH));
        assertNull(PostgresMoveTool.urlProblem("jdbc:postgresql://db.county:5432/county?sslmode=require"));
    }

    @Test
    public void aBadUserIsRefusedBeforeAnythingIsOpened() {
        String[] args = {"/nonexistent", "/nonexistent", "jdbc:postgresql://127.0.0.1:5432/county", "bad user"};
        assertEquals("PostgreSQL 用户名无效：bad user" + System.lineSeparator(), run(args, ToolText.CHINESE));
        assertEquals("Not a PostgreSQL user name: bad user" + System.lineSeparator(), run(args, ToolText.ENGLISH));
    }

    private static String run(String[] args, ToolText text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, PostgresMoveTool.run(args, "x".toCharArray(), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                text));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
