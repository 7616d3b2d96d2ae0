/** Finding the article in a news or blog page: its text with cited links, its metadata, and how well that is measured. */
package crosscheck.extract.html;
