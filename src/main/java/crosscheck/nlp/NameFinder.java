package crosscheck.nlp;

import crosscheck.model.Token;

import java.util.List;

/**
 * Finds names of people, organizations, places (and nationalities, miscellaneous names) in one document.
 * Receives the whole document so that implementations can reason across sentences (one type per name).
 * Implementations are thread-safe.
 */
public interface NameFinder {
    /**
     * @param text      the document text the tokens index into
     * @param sentences the document's sentences, each a list of POS-tagged tokens
     * @return the names found, as character spans into {@code text}, in text order, not overlapping
     */
    List<Mention> find(String text, List<List<Token>> sentences);
}
