/** The JSON form of the model records: the public analysis contract, shared by the API, the CLI and the store. */
package crosscheck.json;
