package org.guanai.testing.fakes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;

/**
 * An in-memory DivisionService: by default a county 330726 with two townships and three villages, or the
 * divisions a test gives; the last imported CSV, the parent of the last {@code children} call and the last
 * search remembered, and a {@link #failure} to throw from every read when set. Township and village codes or
 * names resolve against the divisions held, or pass through unchecked when {@link #anyCode} is set (a resource
 * test that only looks at what was passed on).
 */
public class FakeDivisions implements DivisionService {
    public final Map<String, DivisionDTO> records = new LinkedHashMap<>();
    public String imported;
    public RuntimeException failure;
    public boolean anyCode;
    public String childrenOf;
    public String searched;
    public Integer searchLimit;

    public FakeDivisions() {
        add("330726", "浦江县", DivisionLevel.COUNTY, null);
        add("330726001", "浦阳街道", DivisionLevel.TOWNSHIP, "330726");
        add("330726101", "黄宅镇", DivisionLevel.TOWNSHIP, "330726");
        add("330726001201", "石门村", DivisionLevel.VILLAGE, "330726001");
        add("330726101201", "前吴村", DivisionLevel.VILLAGE, "330726101");
        add("330726101202", "新光村", DivisionLevel.VILLAGE, "330726101");
    }

    /** Exactly these divisions, the county first. */
    public FakeDivisions(DivisionDTO... divisions) {
        for (DivisionDTO d : divisions) {
            add(d);
        }
    }

    public final void add(DivisionDTO d) {
        records.put(d.code, d);
    }

    private void add(String code, String name, DivisionLevel level, String parent) {
        add(new DivisionDTO(code, name, level, parent));
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public DivisionDTO county() {
        check();
        return records.values().stream().filter(d -> d.level == DivisionLevel.COUNTY).findFirst().orElse(null);
    }

    @Override
    public Optional<DivisionDTO> find(String code) {
        check();
        return Optional.ofNullable(records.get(code));
    }

    @Override
    public DivisionDTO get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Division", code));
    }

    @Override
    public List<DivisionDTO> children(String parentCode) {
        check();
        childrenOf = parentCode;
        return records.values().stream().filter(d -> parentCode.equals(d.parentCode)).collect(Collectors.toList());
    }

    @Override
    public List<DivisionDTO> search(String prefix, int limit) {
        check();
        searched = prefix;
        searchLimit = limit;
        return records.values().stream().filter(d -> d.code.startsWith(prefix) || d.name.startsWith(prefix))
                .limit(limit).collect(Collectors.toList());
    }

    @Override
    public int importCsv(Reader csv) {
        try (BufferedReader lines = new BufferedReader(csv)) {
            imported = lines.lines().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) imported.lines().filter(l -> !l.startsWith("code")).count();
    }

    /** Set up calls, "codeOrName dryRun", last first. */
    public final java.util.Deque<String> setUps = new java.util.ArrayDeque<>();

    @Override
    public CountySetupDTO setUpCounty(String codeOrName, boolean dryRun) {
        check();
        setUps.push(codeOrName + " " + dryRun);
        CountySetupDTO done = new CountySetupDTO();
        done.dryRun = dryRun;
        done.county = county();
        return done;
    }

    @Override
    public DivisionDTO setUpOwnCounty(String code, String name, Reader csv) {
        check();
        importCsv(csv);
        return county();
    }

    @Override
    public DivisionDTO addVillage(String township, String name, String code) {
        check();
        DivisionDTO t = records.get(townshipCode("township", township));
        String c = code != null ? code : t.code + "299";
        add(c, name, DivisionLevel.VILLAGE, t.code);
        return records.get(c);
    }

    /** By code or name, as the registry resolves filters. */
    @Override
    public String townshipCode(String field, String codeOrName) {
        return resolve(field, codeOrName, DivisionLevel.TOWNSHIP);
    }

    @Override
    public String villageCode(String field, String codeOrName) {
        return resolve(field, codeOrName, DivisionLevel.VILLAGE);
    }

    private String resolve(String field, String codeOrName, DivisionLevel level) {
        check();
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        String v = codeOrName.strip();
        if (anyCode) {
            return v;
        }
        return records.values().stream().filter(d -> d.level == level && (d.code.equals(v) || d.name.equals(v)))
                .map(d -> d.code).findFirst()
                .orElseThrow(() -> ValidationException.of(field, "'" + v + "' is not a " + level.name().toLowerCase()
                        + " of this county"));
    }
}
