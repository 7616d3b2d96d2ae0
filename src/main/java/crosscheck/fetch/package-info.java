/** Fetching a page from the web without becoming a way into private networks: address checks, limits, redirects. */
package crosscheck.fetch;
