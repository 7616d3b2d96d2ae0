/** Check-worthiness of sentences, claim types and reasons, direct and scare quotes with their speakers. */
package crosscheck.claims;
