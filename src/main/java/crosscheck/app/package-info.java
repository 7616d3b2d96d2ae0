/** Entry point, configuration and wiring: builds the app from its parts; the command line only starts it. */
package crosscheck.app;
