package crosscheck.app;

import crosscheck.extract.PlainText;
import crosscheck.extract.Uploads;
import crosscheck.ingest.Analyzer;
import crosscheck.json.Json;
import crosscheck.model.Analysis;
import crosscheck.model.InputRejected;
import crosscheck.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze [--out DIR] [--data DIR] FILE...}: analyses files offline (.txt, .md, .html, .htm, any of them
 * .gz; {@code -} reads text from standard input). One file and no {@code --out}: the analysis JSON on standard
 * output. With {@code --out}: {@code DIR/NAME.json} per input, NAME being the file name without .gz and its
 * format extension.
 */
final class AnalyzeCommand {
    private AnalyzeCommand() {
    }

    static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> flags = Flags.parse(args);
        List<String> files = Flags.positional(args);
        if (files.isEmpty()) {
            err.println("usage: analyze [--out DIR] FILE...   (FILE may be - for standard input)");
            return 2;
        }
        Path outDir = flags.containsKey("out") ? Path.of(flags.get("out")) : null;
        if (outDir == null && files.size() > 1) {
            err.println("analyze: give --out DIR to analyse more than one file");
            return 2;
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        Analyzer analyzer = Crosscheck.analyzer(flags.containsKey("data") ? Path.of(flags.get("data")) : null);
        int failures = 0;
        for (String file : files) {
            try {
                Analysis analysis = analyzer.analyze(read(file, stdin));
                String json = Json.writePretty(analysis);
                if (outDir == null) {
                    out.println(json);
                } else {
                    Path target = outDir.resolve(baseName(file) + ".json");
                    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                    err.println("wrote " + target);
                }
            } catch (InputRejected | IOException e) {
                failures++;
                err.println("analyze: " + file + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static SourceDocument read(String file, InputStream stdin) throws IOException {
        if ("-".equals(file)) {
            return PlainText.split(Uploads.decodeText(stdin.readAllBytes(), "standard input"));
        }
        Path path = Path.of(file);
        if (Files.size(path) > 4L * Uploads.MAX_BYTES) {
            throw new InputRejected(InputRejected.Reason.TOO_LARGE, "the file is larger than " + 4 * Uploads.MAX_BYTES / (1024 * 1024) + " MB");
        }
        return Uploads.read(path.getFileName().toString(), Files.readAllBytes(path));
    }

    /** "report.html.gz" → "report"; "-" → "stdin". */
    static String baseName(String file) {
        if ("-".equals(file)) {
            return "stdin";
        }
        String name = Path.of(file).getFileName().toString();
        if (name.toLowerCase().endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
