package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.jpa.DivisionEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.internal.validation.DivisionCodes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured county and its townships and villages. They are few (a few hundred) and every write
 * checks a village, so all of them are kept in memory and reloaded after an import.
 */
@Component(service = DivisionService.class, configurationPid = DivisionServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DivisionServiceImpl.Config.class)
public class DivisionServiceImpl implements DivisionService {

    public static final String PID = "org.guanai.registry";

    @ObjectClassDefinition(name = "Guanai registry",
            description = "The county this registry serves and where its townships and villages come from.")
    public @interface Config {
        @AttributeDefinition(name = "County code", description = "6-digit GB/T 2260 code of the county, e.g. 430621.")
        String county_code();

        @AttributeDefinition(name = "County name", description = "e.g. 湘阴县")
        String county_name();

        @AttributeDefinition(name = "Divisions CSV", required = false,
                description = "File of townships and villages (code,name[,parent_code]) imported at start; "
                        + "existing divisions are updated, none removed. Empty: none.")
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
    }

    private static final Logger LOG = LoggerFactory.getLogger(DivisionServiceImpl.class);

    private final JpaTemplate jpa;
    private final String countyCode;
    private volatile Snapshot snapshot;

    @Activate
    public DivisionServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                               @Reference(name = "schema") RegistrySchema schema,
                               Config config) {
        this(jpa, config.county_code(), config.county_name());
        importFile(config.divisions_csv());
    }

    /** Stores (or renames) the county and loads the divisions. */
    DivisionServiceImpl(JpaTemplate jpa, String countyCode, String countyName) {
        if (!DivisionCodes.isCounty(countyCode)) {
            throw new IllegalArgumentException("county.code must be a 6-digit county code, not " + countyCode);
        }
        if (countyName == null || countyName.isBlank()) {
            throw new IllegalArgumentException("county.name is required");
        }
        this.jpa = jpa;
        this.countyCode = countyCode;
        jpa.tx(TransactionType.Required, em -> upsert(em, countyCode, countyName.trim(), DivisionLevel.COUNTY, null));
        reload();
    }

    /** Imports the configured file if there is one; a bad file is logged and changes nothing. */
    void importFile(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file.trim());
        if (!Files.isRegularFile(path)) {
            LOG.warn("Divisions file {} does not exist; keeping the {} divisions stored", path,
                    snapshot.byCode().size());
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

    @Override
    public DivisionDTO county() {
        return find(countyCode).orElseThrow(() -> new NotFoundException("county", countyCode));
    }

    @Override
    public Optional<DivisionDTO> find(String code) {
        DivisionDTO cached = code == null ? null : snapshot.byCode().get(code.trim());
        return Optional.ofNullable(cached).map(DivisionServiceImpl::copy);
    }

    @Override
    public DivisionDTO get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("division", code));
    }

    @Override
    public List<DivisionDTO> children(String parentCode) {
        String parent = parentCode == null ? countyCode : parentCode.trim();
        return snapshot.children().getOrDefault(parent, List.of()).stream().map(DivisionServiceImpl::copy).toList();
    }

    @Override
    public List<DivisionDTO> search(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.trim();
        return snapshot.byCode().values().stream()
                .filter(d -> d.code.startsWith(p) || d.name.startsWith(p))
                .limit(Math.max(0, Math.min(limit, PageRequest.MAX_LIMIT)))
                .map(DivisionServiceImpl::copy)
                .toList();
    }

    @Override
    public int importCsv(Reader csv) {
        List<DivisionCodes.ParsedDivision> parsed = DivisionCodes.parseCsv(csv, countyCode);
        int changed = jpa.txExpr(TransactionType.Required, em -> {
            int n = 0;
            for (DivisionCodes.ParsedDivision d : parsed) {
                n += upsert(em, d.code(), d.name(), d.level(), d.parentCode()) ? 1 : 0;
            }
            return n;
        });
        reload();
        return changed;
    }

    /** @return whether anything was created or changed */
    private static boolean upsert(EntityManager em, String code, String name, DivisionLevel level, String parent) {
        DivisionEntity d = em.find(DivisionEntity.class, code);
        if (d == null) {
            d = new DivisionEntity(code);
            em.persist(d);
        } else if (name.equals(d.getName()) && level == d.getLevel() && Objects.equals(parent, d.getParentCode())) {
            return false;
        }
        d.setName(name);
        d.setLevel(level);
        d.setParentCode(parent);
        return true;
    }

    private void reload() {
        List<DivisionEntity> all = jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("SELECT d FROM Division d WHERE d.code LIKE :county ORDER BY d.code", DivisionEntity.class)
                .setParameter("county", countyCode + "%")
                .getResultList());
        Map<String, DivisionDTO> byCode = new TreeMap<>();
        Map<String, List<DivisionDTO>> children = new HashMap<>();
        for (DivisionEntity e : all) {
            DivisionDTO d = new DivisionDTO(e.getCode(), e.getName(), e.getLevel(), e.getParentCode());
            byCode.put(d.code, d);
            if (d.parentCode != null) {
                children.computeIfAbsent(d.parentCode, p -> new ArrayList<>()).add(d);
            }
        }
        snapshot = new Snapshot(byCode, children);
    }

    // DTOs are mutable: callers get copies, never the cached ones.
    private static DivisionDTO copy(DivisionDTO d) {
        return new DivisionDTO(d.code, d.name, d.level, d.parentCode);
    }

    private record Snapshot(Map<String, DivisionDTO> byCode, Map<String, List<DivisionDTO>> children) {
    }
}
