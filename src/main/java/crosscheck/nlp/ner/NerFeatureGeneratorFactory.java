package crosscheck.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a model's feature descriptor name our generator ({@code <generator class="crosscheck.nlp.ner.NerFeatureGeneratorFactory"/>}).
 * The gazetteer is read from the class path once and shared by every generator. Thread-safe.
 */
public final class NerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    private static final class Shared {
        static final Gazetteer GAZETTEER = Gazetteer.load();
    }

    private static final class SharedClusters {
        static final WordClusters CLUSTERS = WordClusters.load();
    }

    /** The feature descriptor stored in our models. */
    static final String DESCRIPTOR = """
            <featureGenerators name="crosscheck-ner">
              <generator class="crosscheck.nlp.ner.NerFeatureGeneratorFactory"/>
            </featureGenerators>
            """;

    public NerFeatureGeneratorFactory() {
    }

    static Gazetteer gazetteer() {
        return Shared.GAZETTEER;
    }

    static WordClusters clusters() {
        return SharedClusters.CLUSTERS;
    }

    @Override
    public AdaptiveFeatureGenerator create() {
        return new NerFeatureGenerator(Shared.GAZETTEER, SharedClusters.CLUSTERS);
    }
}
