package org.guanai.demo.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.demo.generator.Defect;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.ConsoleFiles;
import org.guanai.shell.api.FileNameCompleter;

@Service
@Command(scope = "demo", name = "roster",
        description = "Writes a synthetic county as a roster file in the import layout (UTF-8 CSV), optionally with defects")
public class DemoRoster implements Action {

    @Reference
    ConsoleFiles files;

    @Argument(index = 0, name = "file", description = "Name of the roster file (CSV) to write in the files folder",
            required = true)
    @Completion(FileNameCompleter.class)
    String file;

    @Option(name = "--seed", description = "Seed of the county (default 1)")
    long seed = DemoCounty.DEFAULT_SEED;

    @Option(name = "--scale", description = "Size relative to the seed county (default 1)")
    double scale = 1;

    @Option(name = "--defects", description = "Share of person lines written with a defect, e.g. 0.02 (default 0); "
            + "the defective lines are listed in FILE.defects.csv")
    double defects;

    @Option(name = "--divisions", description = "Also write the county's townships and villages to this file of the files"
            + " folder (for registry:division-import)")
    @Completion(FileNameCompleter.class)
    String divisionsFile;

    @Override
    public Object execute() throws Exception {
        return Console.run("roster", () -> {
            DemoCounty.checkScale(scale);
            if (!(defects >= 0 && defects <= 0.5)) {
                throw new BadInputException("--defects: must be between 0 and 0.5, not " + defects);
            }
            Path path = files.create("FILE", file);
            Path divisionsPath;
            try {
                divisionsPath = divisionsFile == null ? null : files.create("--divisions", divisionsFile);
            } catch (BadInputException e) {
                Files.deleteIfExists(path);
                throw e;
            }
            SyntheticCounty county = SyntheticCounty.generate(seed, scale, defects);
            try {
                county.writeRosterCsv(path);
                System.out.println("Wrote " + path + ": " + DemoCounty.describe(county));
                List<Defect> list = county.defects();
                if (!list.isEmpty()) {
                    Path listFile = files.createFree(file + ".defects.csv");
                    try (Writer out = Files.newBufferedWriter(listFile, StandardCharsets.UTF_8)) {
                        out.write("line,kind,description\n");
                        for (Defect d : list) {
                            out.write(d.line() + "," + d.kind() + ",\"" + d.description().replace("\"", "\"\"") + "\"\n");
                        }
                    }
                    System.out.println(list.size() + " defective lines, listed in " + listFile);
                }
                if (divisionsPath != null) {
                    county.writeDivisionsCsv(divisionsPath);
                    System.out.println("Wrote " + divisionsPath + ": " + county.divisions().size() + " townships and villages");
                }
            } catch (IOException e) {
                throw new BadInputException(file + ": cannot be written (" + e.getMessage() + ")");
            }
        });
    }
}
