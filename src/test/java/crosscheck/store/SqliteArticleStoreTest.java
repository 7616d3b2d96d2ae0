package crosscheck.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on the embedded SQLite file, in a fresh folder per test. */
class SqliteArticleStoreTest extends ArticleStoreContract {
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
