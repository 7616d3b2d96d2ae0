/** Plain immutable records shared by every capability: articles, analyses, spans, entities, claims, sources. */
package crosscheck.model;
