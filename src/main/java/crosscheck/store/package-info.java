/** Storage of articles and their analyses behind one interface: SQLite by default, versioned migrations. */
package crosscheck.store;
