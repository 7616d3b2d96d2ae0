/**
 * Our natural-language stages (sentences, tokens, parts of speech, names, value entities, clusters, language)
 * behind small interfaces that pass character offsets, with their Apache OpenNLP implementations.
 */
package crosscheck.nlp;
