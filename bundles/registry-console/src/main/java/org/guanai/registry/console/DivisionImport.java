package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;

@Service
@Command(scope = "registry", name = "division-import",
        description = "Loads townships and villages from a CSV file (code,name[,parent_code]); existing codes are updated")
public class DivisionImport implements Action {

    @Reference
    DivisionService divisions;

    @Reference
    ConsoleFiles files;

    @Argument(index = 0, name = "file", description = "The CSV file: its name in the files folder", required = true)
    @Completion(FileNameCompleter.class)
    String file;

    @Option(name = "--charset", description = "The file's encoding (default UTF-8; GBK for files saved by Chinese Excel)")
    String charset;

    @Override
    public Object execute() throws Exception {
        return Console.run("division file", () -> {
            String csv = read(files.toRead("FILE", file), charset(charset));
            int count = divisions.importCsv(new StringReader(csv));
            System.out.println(Labels.say("divisions.imported", file, count));
        });
    }

    static Charset charset(String name) {
        if (Console.text(name) == null) {
            return Charset.forName("UTF-8");
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadInputException(Labels.text("bad.charset", name));
        }
    }

    static String read(Path file, Charset charset) {
        try {
            String text = Files.readString(file, charset);
            // Spreadsheets save UTF-8 with a byte-order mark; it is not part of the first code.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new BadInputException(Labels.text("bad.noFile", file.getFileName()));
        } catch (CharacterCodingException e) {
            throw new BadInputException(Labels.text("bad.notInCharset", file.getFileName(), charset.name()));
        } catch (IOException e) {
            throw new BadInputException(Labels.text("bad.unreadable", file.getFileName(), e.getMessage()));
        }
    }
}
