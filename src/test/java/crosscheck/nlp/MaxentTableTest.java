package crosscheck.nlp;

import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A tiny GIS model trained here, evaluated by OpenNLP and through the table. */
class MaxentTableTest {
    private static MaxentModel model;
    private static MaxentTable table;

    @BeforeAll
    static void train() throws IOException {
        Random random = new Random(7);
        String[] outcomes = {"NOUN", "VERB", "ADJ"};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String outcome = outcomes[random.nextInt(outcomes.length)];
            events.add(new Event(outcome, new String[]{"w=" + outcome.toLowerCase() + random.nextInt(5),
                    "suf=" + random.nextInt(3), "p1w=x" + random.nextInt(4), "bias"}));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
        GISTrainer trainer = new GISTrainer();
        trainer.init(parameters, new HashMap<>());
        model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        table = MaxentTable.of(model);
    }

    private static double[] tableEval(String... context) {
        double[] scores = new double[table.outcomeCount()];
        table.prior(scores);
        for (String feature : context) {
            table.add(table.id(feature), scores);
        }
        table.normalize(scores);
        return scores;
    }

    @Test
    void scoresExactlyAsOpenNlp() {
        String[][] contexts = {{"w=noun1", "suf=2", "p1w=x3", "bias"}, {"w=verb4", "unknown", "bias"}, {"nothing"}, {}};
        for (String[] context : contexts) {
            double[] expected = model.eval(context);
            double[] actual = tableEval(context);
            for (int o = 0; o < expected.length; o++) {
                // the outcome order is the model's
                assertEquals(expected[o], actual[o], 0.0, () -> String.join(" ", context));
            }
        }
    }

    @Test
    void buildsNoStringToLookUpAFeature() {
        int id = table.id("w=noun1");
        assertNotEquals(MaxentTable.UNKNOWN, id);
        assertEquals(id, table.id("w=", "xnoun1y", 1, 6));
        assertEquals(id, table.id("w=", "noun1"));
        assertEquals(table.id("w=noun1|x"), table.id("w=", "noun1", '|', "x"));
        char[] chars = "p1w=x3".toCharArray();
        assertEquals(table.id("p1w=x3"), table.id(chars, chars.length));
        assertEquals(MaxentTable.UNKNOWN, table.id("w=", "noun", 0, 4));
        assertEquals(MaxentTable.UNKNOWN, table.id("w=noun"));
    }

    @Test
    void namesItsOutcomes() {
        assertEquals(model.getNumOutcomes(), table.outcomeCount());
        for (int o = 0; o < table.outcomeCount(); o++) {
            assertEquals(model.getOutcome(o), table.outcome(o));
            assertEquals(o, table.outcomeIndex(model.getOutcome(o)));
        }
        assertEquals(-1, table.outcomeIndex("PROPN"));
    }

    @Test
    void aFeatureWriterScoresWhatItWrites() {
        double[][] scores = new double[2][table.outcomeCount()];
        FeatureWriter writer = table.scorer(scores);
        writer.startToken(1);
        writer.begin("w=").append("noun").append('1').emit();
        double[] expected = new double[table.outcomeCount()];
        table.add(table.id("w=noun1"), expected);
        assertArrayEquals(expected, scores[1], 0.0);
        assertArrayEquals(new double[table.outcomeCount()], scores[0], 0.0);
    }

    @Test
    void readsOpenNlpsBinaryFormatWithTheSameScores() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BinaryGISModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
        MaxentTable read = MaxentTable.readGis(new ByteArrayInputStream(bytes.toByteArray()));
        String[] context = {"w=adj2", "suf=1", "p1w=x0", "bias", "unknown"};
        double[] expected = model.eval(context);
        double[] actual = new double[read.outcomeCount()];
        read.prior(actual);
        for (String feature : context) {
            read.add(read.id(feature), actual);
        }
        read.normalize(actual);
        assertArrayEquals(expected, actual, 0.0);
        List<String> features = new ArrayList<>();
        read.forEachFeature(features::add);
        Map<?, ?> modelFeatures = (Map<?, ?>) ((AbstractModel) model).getDataStructures()[1];
        assertEquals(modelFeatures.keySet(), Set.copyOf(features));
    }

    @Test
    void refusesWhatIsNotAGisModel() {
        assertThrows(IOException.class, () -> MaxentTable.readGis(new ByteArrayInputStream(new byte[]{0, 2, 'Q', 'N'})));
    }
}
