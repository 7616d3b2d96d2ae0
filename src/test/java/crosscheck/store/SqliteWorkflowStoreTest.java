package crosscheck.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The workflow store contract on the embedded SQLite file. */
class SqliteWorkflowStoreTest extends WorkflowStoreContract {
    @TempDir
    Path data;

    @Override
    Database newDatabase() {
        return Database.sqlite(data);
    }

    @Override
    Database reopenDatabase() {
        return Database.sqlite(data);
    }
}
