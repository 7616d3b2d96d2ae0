/** Trained named-entity recognition for English news: an OpenNLP name finder with gazetteer features, rules and document-level consistency. */
package crosscheck.nlp.ner;
