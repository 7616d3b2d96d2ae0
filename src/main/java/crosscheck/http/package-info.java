/** HTTP: routes, controllers that translate requests to service calls, pages, security headers and error mapping. */
package crosscheck.http;
