/** The trained check-worthiness scorer: its hashed text model, evidence blend, training and evaluation commands. */
package crosscheck.claims.scoring;
