/** From what a person brings (pasted text, a file) to a stored, analysed article: orchestrates the other capabilities. */
package crosscheck.ingest;
