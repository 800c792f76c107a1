package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.CountySetupDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NationalCountyDTO;
import org.guanai.registry.api.NationalDivisions;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.divisions.CountyConfig;
import org.guanai.registry.internal.divisions.CountySetup;
import org.guanai.registry.internal.divisions.DivisionIndex;
import org.guanai.registry.internal.divisions.DivisionWrites;
import org.guanai.registry.internal.divisions.VillageCodes;
import org.guanai.registry.internal.jpa.DivisionEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.internal.validation.DivisionCodes;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county and its townships and villages, from the database. They are few (a few hundred) and every write
 * checks a village, so all of them are kept in memory ({@link DivisionIndex}) and reloaded after each change.
 *
 * <p>A fresh installation serves no county until one is set up: {@code registry:county 岳阳县} (or
 * {@code county.code} in the configuration before the first start) loads the county's townships and villages
 * from the {@linkplain NationalDivisions national list}. Once set up, the database says which county this is.
 */
@Component(service = DivisionService.class, configurationPid = DivisionServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DivisionServiceImpl.Config.class)
public class DivisionServiceImpl implements DivisionService {

    public static final String PID = "org.guanai.registry";

    @ObjectClassDefinition(name = "Guanai registry",
            description = "The county this registry serves and where its townships and villages come from.")
    public @interface Config {
        @AttributeDefinition(name = "County code", required = false,
                description = "6-digit GB/T 2260 code of the county, set up at the first start from the national list "
                        + "(registry:county does the same at the console). Empty: none yet.")
        String county_code() default "";

        @AttributeDefinition(name = "County name", required = false,
                description = "The county's name when it differs from the national list's, or the code is not in it.")
        String county_name() default "";

        @AttributeDefinition(name = "Divisions CSV", required = false,
                description = "A county's own file of townships and villages (code,name[,parent_code]) imported at "
                        + "every start instead of the national list; existing divisions are updated, none removed.")
        String divisions_csv() default "";

        // Read by VisibilityImpl, which shares this PID; described here so the PID has one description.
        @AttributeDefinition(name = "Full-view roles", required = false,
                description = "Roles that may ask to see ID numbers and phones in full (with a reason).")
        String[] fullview_roles() default {"admin", "county", "township"};

        // Read by guanai-shell's files folder (FilesFolder), which shares this PID.
        @AttributeDefinition(name = "Files folder", required = false,
                description = "The one folder console commands read and write files in; names only, never a path. "
                        + "Empty: the data home's files folder.")
        String files_dir() default "";

        // Read by RosterServiceImpl, which shares this PID.
        @AttributeDefinition(name = "Largest roster file (MB)", required = false,
                description = "A larger upload or file is refused (413).")
        int import_max_megabytes() default 64;

        @AttributeDefinition(name = "Imports waiting at once", required = false,
                description = "Imports run one at a time; beyond this many waiting, more are refused (503, Retry-After).")
        int import_max_pending() default 3;

        @AttributeDefinition(name = "Most rows of a roster", required = false,
                description = "A roster file with more data rows is not imported.")
        int import_max_rows() default 300000;

        // Read by VisibilityImpl, which shares this PID.
        @AttributeDefinition(name = "Smallest cell", required = false,
                description = "Counts derived from a module's sensitive data are left out, for roles that may not "
                        + "read it, below this many (1-100).")
        int smallcell_minimum() default 5;
        // Read by AuditServiceImpl, which shares this PID.
        @AttributeDefinition(name = "Audit retention (days)", required = false, min = "1", max = "36600",
                description = "审计记录保留天数，到期删除（每天一次）。Days an audit row is kept, then deleted (once a day).")
        int audit_retention_days() default org.guanai.registry.api.audit.AuditService.DEFAULT_RETENTION_DAYS;

        // Read by AuditServiceImpl, which shares this PID.
        @AttributeDefinition(name = "First audit purge (seconds after start)", required = false, min = "1",
                description = "启动后多少秒第一次清理审计记录，之后每天一次；多个节点时只有一个节点清理。Seconds after a start "
                        + "before the first daily purge; with several nodes one of them purges each day (a lease).")
        int audit_purge_delay_seconds() default 60;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DivisionServiceImpl.class);

    private final JpaTemplate jpa;
    private final CountySetup setup;
    /** To record the county set up at the console in the configuration; null in tests. */
    private final ConfigurationAdmin configurations;
    private volatile DivisionIndex index;

    @Activate
    public DivisionServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                               @Reference(name = "schema") RegistrySchema schema,
                               @Reference(name = "national") NationalDivisions national,
                               @Reference(name = "configurations") ConfigurationAdmin configurations,
                               Config config) {
        this(jpa, national, configurations);
        start(config.county_code(), config.county_name(), config.divisions_csv());
    }

    /** Stores (or renames) the county, with the divisions of the national list on a first setup; for tests. */
    DivisionServiceImpl(JpaTemplate jpa, String countyCode, String countyName) {
        this(jpa, (NationalDivisions) null, null);
        start(countyCode, countyName, "");
    }

    DivisionServiceImpl(JpaTemplate jpa, NationalDivisions national, ConfigurationAdmin configurations) {
        this.jpa = jpa;
        this.setup = new CountySetup(national);
        this.configurations = configurations;
        reload();
    }

    /** The county set up in the configuration is applied at start; {@link #setUpCounty} records itself there. */
    @Modified
    void modified(Config config) {
        // nothing to do until the next start: the database says which county this is
    }

    /** Applies the configured county at start: a first setup, a rename, a county's own divisions file. */
    void start(String countyCode, String countyName, String divisionsCsv) {
        String code = countyCode == null ? "" : countyCode.strip();
        String name = countyName == null ? "" : countyName.strip();
        if (code.isEmpty()) {
            if (index.county() == null) {
                LOG.info("No county is set up yet: registry:county <code or name>, e.g. registry:county 岳阳县");
            }
            importFile(divisionsCsv);
            return;
        }
        if (!DivisionCodes.isCounty(code)) {
            throw new IllegalArgumentException("county.code must be a 6-digit county code, not " + code);
        }
        DivisionDTO stored = index.county();
        if (stored != null && !stored.code.equals(code)) {
            LOG.error("county.code {} is ignored: this registry serves {} {} (registry:county changes it while no "
                    + "record is filed)", code, stored.code, stored.name);
            return;
        }
        boolean fileGiven = divisionsCsv != null && !divisionsCsv.isBlank();
        if (stored == null && !fileGiven && setupFrom(code) != null) {
            setUpCounty(code, false);
        }
        if (!name.isEmpty() || index.county() == null) {
            String n = name.isEmpty() ? code : name;
            jpa.tx(TransactionType.Required, em -> DivisionWrites.upsert(em, code, n, DivisionLevel.COUNTY, null,
                    index.county() == null ? DivisionEntity.SOURCE_FILE : null));
            reload();
        }
        importFile(divisionsCsv);
    }

    private NationalCountyDTO setupFrom(String code) {
        try {
            return setup.resolve(code);
        } catch (ValidationException e) {
            LOG.warn("county.code {}: {}", code, e.getMessage());
            return null;
        }
    }

    /** Imports the configured file if there is one; a bad file is logged and changes nothing. */
    void importFile(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file.trim());
        if (!Files.isRegularFile(path)) {
            LOG.warn("Divisions file {} does not exist; keeping the {} divisions stored", path, index.all().size());
            return;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LOG.info("Divisions file {}: {} division(s) created or updated", path, importCsv(reader));
        } catch (ValidationException e) {
            LOG.error("Divisions file {} was not imported: {}", path, e.getMessage());
        } catch (IOException e) {
            LOG.error("Divisions file {} cannot be read", path, e);
        }
    }

    /** The index in use (immutable): for the roster import's village resolution. */
    public DivisionIndex index() {
        return index;
    }

    @Override
    public DivisionDTO county() {
        DivisionDTO county = index.county();
        if (county == null) {
            throw new NotFoundException("county", "(尚未设置 none set up yet: registry:county <code or name>)");
        }
        return copy(county);
    }

    @Override
    public Optional<DivisionDTO> find(String code) {
        return Optional.ofNullable(index.byCode(code)).map(DivisionServiceImpl::copy);
    }

    @Override
    public DivisionDTO get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("division", code));
    }

    @Override
    public List<DivisionDTO> children(String parentCode) {
        DivisionDTO county = index.county();
        String parent = parentCode == null ? county == null ? null : county.code : parentCode.trim();
        return index.children(parent).stream().map(DivisionServiceImpl::copy).toList();
    }

    @Override
    public List<DivisionDTO> search(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.trim();
        return index.all().stream()
                .filter(d -> d.code.startsWith(p) || d.name.startsWith(p))
                .limit(Math.max(0, Math.min(limit, PageRequest.MAX_LIMIT)))
                .map(DivisionServiceImpl::copy)
                .toList();
    }

    @Override
    public int importCsv(Reader csv) {
        DivisionDTO county = index.county();
        if (county == null) {
            throw ValidationException.of("file", "尚未设置县 no county is set up yet: registry:county <code or name> first");
        }
        List<DivisionCodes.ParsedDivision> parsed = DivisionCodes.parseCsv(csv, county.code);
        int changed = jpa.txExpr(TransactionType.Required, em -> {
            int n = 0;
            for (DivisionCodes.ParsedDivision d : parsed) {
                n += DivisionWrites.upsert(em, d.code(), d.name(), d.level(), d.parentCode(), DivisionEntity.SOURCE_FILE) ? 1 : 0;
            }
            return n;
        });
        reload();
        return changed;
    }

    @Override
    public CountySetupDTO setUpCounty(String codeOrName, boolean dryRun) {
        NationalCountyDTO county = setup.resolve(codeOrName);
        CountySetupDTO done = jpa.txExpr(TransactionType.Required, em -> setup.apply(em, county, dryRun));
        if (!dryRun) {
            reload();
            CountyConfig.remember(configurations, PID, county.code);
            LOG.info("County set up: {} {}, {} townships and {} villages ({} added, {} renamed, {} removed, {} kept)",
                    county.code, county.name, done.townships, done.villages, done.added, done.renamed,
                    done.removed.size(), done.kept.size());
        }
        return done;
    }

    @Override
    public DivisionDTO setUpOwnCounty(String code, String name, Reader csv) {
        DivisionDTO county = DivisionWrites.ownCounty(index.county(), code, name);
        List<DivisionCodes.ParsedDivision> parsed = DivisionCodes.parseCsv(csv, county.code);
        jpa.tx(TransactionType.Required, em -> {
            DivisionWrites.upsert(em, county.code, county.name, DivisionLevel.COUNTY, null, DivisionEntity.SOURCE_FILE);
            for (DivisionCodes.ParsedDivision d : parsed) {
                DivisionWrites.upsert(em, d.code(), d.name(), d.level(), d.parentCode(), DivisionEntity.SOURCE_FILE);
            }
        });
        reload();
        return county();
    }

    @Override
    public DivisionDTO addVillage(String township, String name, String code) {
        DivisionDTO village = VillageCodes.check(index, township, name, code);
        jpa.tx(TransactionType.Required, em -> DivisionWrites.upsert(em, village.code, village.name, DivisionLevel.VILLAGE,
                village.parentCode, DivisionEntity.SOURCE_MANUAL));
        reload();
        return copy(village);
    }

    @Override
    public String townshipCode(String field, String codeOrName) {
        return index.townshipCode(field, codeOrName);
    }

    @Override
    public String villageCode(String field, String codeOrName) {
        return index.villageCode(field, codeOrName);
    }

    private void reload() {
        List<DivisionEntity> all = jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("SELECT d FROM Division d ORDER BY d.code", DivisionEntity.class).getResultList());
        DivisionDTO county = null;
        List<DivisionDTO> divisions = new ArrayList<>();
        for (DivisionEntity e : all) {
            DivisionDTO d = new DivisionDTO(e.getCode(), e.getName(), e.getLevel(), e.getParentCode());
            if (e.getLevel() == DivisionLevel.COUNTY && county == null) {
                county = d;
            }
            divisions.add(d);
        }
        String c = county == null ? null : county.code;
        index = new DivisionIndex(county, divisions.stream().filter(d -> c != null && d.code.startsWith(c)).toList());
    }

    // DTOs are mutable: callers get copies, never the cached ones.
    private static DivisionDTO copy(DivisionDTO d) {
        return new DivisionDTO(d.code, d.name, d.level, d.parentCode);
    }
}
