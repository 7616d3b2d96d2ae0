package crosscheck.claims;

import crosscheck.model.LoadedTerm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks loaded language from a lexicon: the shipped list plus a team's {@value #TEAM_FILE} in the data folder
 * (read again when it changes). A separate layer: it never makes a sentence a claim. Thread-safe.
 */
public final class LoadedLanguage {
    public static final String TEAM_FILE = "loaded-language.tsv";
    static final String BUILT_IN = "/crosscheck/lexicon/loaded-language.tsv";

    private final Map<String, String> builtIn;
    private final Path teamFile;
    private volatile Compiled compiled;

    private record Compiled(long modified, Pattern pattern, Map<String, String> reasons, List<String> terms) {
    }

    private LoadedLanguage(Map<String, String> builtIn, Path teamFile) {
        this.builtIn = builtIn;
        this.teamFile = teamFile;
    }

    public static LoadedLanguage builtIn() {
        return new LoadedLanguage(readResource(), null);
    }

    public static LoadedLanguage withTeamFile(Path dataDir) {
        return new LoadedLanguage(readResource(), dataDir.resolve(TEAM_FILE));
    }

    public List<LoadedTerm> find(String text) {
        Compiled lexicon = current();
        List<LoadedTerm> found = new ArrayList<>();
        Matcher matcher = lexicon.pattern().matcher(text);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    found.add(new LoadedTerm(matcher.start(), matcher.end(), matcher.group(),
                            lexicon.reasons().get(lexicon.terms().get(group - 1))));
                    break;
                }
            }
        }
        return found;
    }

    private Compiled current() {
        long modified = -1;
        try {
            if (teamFile != null && Files.isRegularFile(teamFile)) {
                modified = Files.getLastModifiedTime(teamFile).toMillis();
            }
        } catch (IOException e) {
            modified = -1;
        }
        Compiled now = compiled;
        if (now == null || now.modified() != modified) {
            Map<String, String> all = new LinkedHashMap<>(builtIn);
            if (modified >= 0) {
                try (BufferedReader reader = Files.newBufferedReader(teamFile, StandardCharsets.UTF_8)) {
                    all.putAll(parse(reader));
                } catch (IOException | UncheckedIOException e) {
                    System.getLogger(LoadedLanguage.class.getName()).log(System.Logger.Level.WARNING,
                            "ignoring loaded-language file " + teamFile + ": " + e.getMessage());
                }
            }
            now = compile(all, modified);
            compiled = now;
        }
        return now;
    }

    /** One alternation, longest terms first so "puppet government" wins over "puppet"; a group per term. */
    private static Compiled compile(Map<String, String> reasons, long modified) {
        List<String> terms = new ArrayList<>(reasons.keySet());
        terms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}-])(?:");
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean prefix = term.endsWith("*");
            String body = Pattern.quote(prefix ? term.substring(0, term.length() - 1) : term).replace(" ", "\\E\\s+\\Q");
            regex.append(i == 0 ? "" : "|").append('(').append(body).append(prefix ? "[\\p{L}-]*" : "").append(')');
        }
        regex.append(")(?![\\p{L}\\p{N}-])");
        return new Compiled(modified, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                reasons, terms);
    }

    static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            String term = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!term.isEmpty() && !term.equals("*")) {
                reasons.put(term, parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : "loaded wording");
            }
        }
        return reasons;
    }

    private static Map<String, String> readResource() {
        try (InputStream in = LoadedLanguage.class.getResourceAsStream(BUILT_IN)) {
            Objects.requireNonNull(in, "loaded-language lexicon missing from the class path");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the loaded-language lexicon", e);
        }
    }
}
