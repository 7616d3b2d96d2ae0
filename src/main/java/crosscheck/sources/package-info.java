/** The registry of primary sources and fact-check archives, and matching claims and entities to links, offline. */
package crosscheck.sources;
