package crosscheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sex a given name tells, where the name lists agree on one ("Yasmin" female, "Conor" male; "Andrea" neither):
 * what lets "she said" pass over the man named last. Read once, on first use.
 */
public final class GivenNameSex {
    /** The resource's file name, beside the gazetteers that {@code GazetteerBuilder} writes. */
    public static final String FILE_NAME = "given-sex.txt";

    public enum Sex { FEMALE, MALE, UNKNOWN }

    private GivenNameSex() {
    }

    /** The sex of a given name, in any case; {@link Sex#UNKNOWN} for a name no list gives one sex. */
    public static Sex of(String givenName) {
        return Table.SEXES.getOrDefault(givenName.toLowerCase(Locale.ROOT), Sex.UNKNOWN);
    }

    private static final class Table {
        static final Map<String, Sex> SEXES = load();

        private static Map<String, Sex> load() {
            Map<String, Sex> sexes = new HashMap<>(32_768);
            try (InputStream in = GivenNameSex.class.getResourceAsStream("/crosscheck/ner/" + FILE_NAME)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /crosscheck/ner/" + FILE_NAME);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        sexes.put(line.substring(0, tab), line.charAt(tab + 1) == 'f' ? Sex.FEMALE : Sex.MALE);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sexes;
        }
    }
}
