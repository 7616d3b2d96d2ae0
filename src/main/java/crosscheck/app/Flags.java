package crosscheck.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --name value} flags; anything else is a positional argument. */
final class Flags {
    private Flags() {
    }

    static Map<String, String> parse(List<String> args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("flag " + arg + " needs a value");
                }
                flags.put(arg.substring(2), args.get(++i));
            }
        }
        return flags;
    }

    static List<String> positional(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--") && args.get(i).length() > 2) {
                i++;
            } else {
                rest.add(args.get(i));
            }
        }
        return rest;
    }
}
