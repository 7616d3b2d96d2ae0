package crosscheck.nlp.ner;

import crosscheck.model.EntityType;
import crosscheck.model.Token;
import crosscheck.nlp.Mention;
import crosscheck.nlp.NameFinder;
import crosscheck.nlp.PosTagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tags pre-tokenized documents in IOB2 with PER, ORG and LOC (the style of UNER-EWT, where nationalities and
 * miscellaneous names are not tagged): POS-tags the tokens, runs the whole name finder over the document, and maps
 * the mentions back onto the tokens. Thread-safe if its POS tagger and name finder are.
 */
final class NerTagger {
    private final PosTagger posTagger;
    private final NameFinder nameFinder;

    NerTagger(PosTagger posTagger, NameFinder nameFinder) {
        this.posTagger = posTagger;
        this.nameFinder = nameFinder;
    }

    /** The IOB2 tags of each sentence of one document. */
    List<List<String>> tag(List<List<String>> document) {
        StringBuilder text = new StringBuilder();
        List<List<Token>> sentences = new ArrayList<>(document.size());
        List<int[]> tokenStarts = new ArrayList<>();
        for (List<String> words : document) {
            List<String> pos = posTagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(words.get(i));
                tokens.add(new Token(start, text.length(), words.get(i), pos.get(i)));
            }
            text.append('\n');
            sentences.add(tokens);
        }
        List<Mention> mentions = nameFinder.find(text.toString(), sentences);
        List<List<String>> tags = new ArrayList<>(sentences.size());
        int next = 0;
        for (List<Token> tokens : sentences) {
            String[] sentenceTags = new String[tokens.size()];
            Arrays.fill(sentenceTags, "O");
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                while (next < mentions.size() && mentions.get(next).end() <= token.start()) {
                    next++;
                }
                if (next < mentions.size() && mentions.get(next).start() < token.end()) {
                    Mention mention = mentions.get(next);
                    String type = shortTag(mention.type());
                    if (type != null) {
                        boolean begins = i == 0 || tokens.get(i - 1).end() <= mention.start();
                        sentenceTags[i] = (begins ? "B-" : "I-") + type;
                    }
                }
            }
            tags.add(List.of(sentenceTags));
        }
        return tags;
    }

    private static String shortTag(EntityType type) {
        return switch (type) {
            case PERSON, ORGANIZATION, LOCATION -> type.shortTag();
            default -> null;
        };
    }
}
