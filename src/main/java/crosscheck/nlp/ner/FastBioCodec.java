package crosscheck.nlp.ner;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderSequenceValidator;

/**
 * OpenNLP's BIO codec with a sequence validator that compares outcome strings directly instead of through a regular
 * expression per candidate outcome, which dominated decoding time. Same decisions as OpenNLP's validator: a
 * {@code TYPE-cont} outcome must follow {@code TYPE-start} or {@code TYPE-cont} of the same type.
 * Named in our models' manifests. Thread-safe (stateless).
 */
public final class FastBioCodec extends BioCodec {
    @Override
    public NameFinderSequenceValidator createSequenceValidator() {
        return new Validator();
    }

    private static final class Validator extends NameFinderSequenceValidator {
        @Override
        public boolean validSequence(int i, String[] inputSequence, String[] outcomesSequence, String outcome) {
            if (!outcome.endsWith(CONTINUE)) {
                return true;
            }
            int length = outcomesSequence.length;
            if (length == 0) {
                return false;
            }
            String previous = outcomesSequence[length - 1];
            if (previous.endsWith(OTHER)) {
                return false;
            }
            int typeEnd = outcome.length() - CONTINUE.length();
            String previousSuffix = previous.endsWith(START) ? START : CONTINUE;
            return previous.length() - previousSuffix.length() == typeEnd && previous.regionMatches(0, outcome, 0, typeEnd);
        }
    }
}
