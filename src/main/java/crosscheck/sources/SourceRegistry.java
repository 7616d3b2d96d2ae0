package crosscheck.sources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sources Crosscheck links to: the registry shipped in the jar, overridden or extended by a team's own
 * {@code sources.json} in the data folder (an entry with the id of a shipped one replaces it). The team file is
 * read again whenever it changes, so an added source appears without a rebuild or restart. Thread-safe.
 */
public final class SourceRegistry {
    static final String BUILT_IN = "/crosscheck/sources/registry.json";
    static final String JURISDICTIONS = "/crosscheck/sources/jurisdictions.json";
    /** The team's own file, in the data folder. */
    public static final String TEAM_FILE = "sources.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<SourceEntry> builtIn;
    private final Map<String, List<String>> jurisdictions;
    private final Path teamFile;
    private volatile Snapshot snapshot;

    private record Snapshot(long modified, long size, List<SourceEntry> entries) {
    }

    record RegistryFile(List<SourceEntry> sources) {
    }

    private SourceRegistry(List<SourceEntry> builtIn, Map<String, List<String>> jurisdictions, Path teamFile) {
        this.builtIn = List.copyOf(builtIn);
        this.jurisdictions = Map.copyOf(jurisdictions);
        this.teamFile = teamFile;
    }

    /** The shipped registry alone. */
    public static SourceRegistry builtIn() {
        return new SourceRegistry(readResource(BUILT_IN), readJurisdictions(), null);
    }

    /** The shipped registry with the team's {@value #TEAM_FILE} from {@code dataDir}, when it exists. */
    public static SourceRegistry withTeamFile(Path dataDir) {
        return new SourceRegistry(readResource(BUILT_IN), readJurisdictions(), dataDir.resolve(TEAM_FILE));
    }

    /** Every entry in force now, team entries replacing shipped ones of the same id. */
    public List<SourceEntry> entries() {
        if (teamFile == null) {
            return builtIn;
        }
        try {
            if (!Files.isRegularFile(teamFile)) {
                return builtIn;
            }
            long modified = Files.getLastModifiedTime(teamFile).toMillis();
            long size = Files.size(teamFile);
            Snapshot current = snapshot;
            if (current == null || current.modified() != modified || current.size() != size) {
                current = new Snapshot(modified, size, merge(builtIn, readTeamFile(teamFile)));
                snapshot = current;
            }
            return current.entries();
        } catch (IOException | RuntimeException e) {
            // A broken team file must not break analysis: keep the shipped registry and say why in the log.
            System.getLogger(SourceRegistry.class.getName()).log(System.Logger.Level.WARNING,
                    "ignoring team source file " + teamFile + ": " + e.getMessage());
            return builtIn;
        }
    }

    /** Names that place an article or claim in a jurisdiction ("Congress" → US), by jurisdiction code. */
    public Map<String, List<String>> jurisdictionNames() {
        return jurisdictions;
    }

    private static List<SourceEntry> merge(List<SourceEntry> builtIn, List<SourceEntry> team) {
        Map<String, SourceEntry> byId = new LinkedHashMap<>();
        for (SourceEntry entry : builtIn) {
            byId.put(entry.id(), entry);
        }
        for (SourceEntry entry : team) {
            byId.put(entry.id(), entry);
        }
        return List.copyOf(byId.values());
    }

    private static List<SourceEntry> readTeamFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static List<SourceEntry> readResource(String resource) {
        try (InputStream in = SourceRegistry.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "resource missing: " + resource);
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<SourceEntry> parse(InputStream in) throws IOException {
        RegistryFile file = JSON.readValue(in, RegistryFile.class);
        return new ArrayList<>(Objects.requireNonNullElse(file.sources(), List.of()));
    }

    private static Map<String, List<String>> readJurisdictions() {
        try (InputStream in = SourceRegistry.class.getResourceAsStream(JURISDICTIONS)) {
            Objects.requireNonNull(in, () -> "resource missing: " + JURISDICTIONS);
            return JSON.readValue(in, new TypeReference<Map<String, List<String>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + JURISDICTIONS, e);
        }
    }
}
