/** Turning what people bring (plain text, Markdown, HTML pages) into article text with its title and cited links. */
package crosscheck.extract;
