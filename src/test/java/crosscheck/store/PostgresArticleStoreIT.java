package crosscheck.store;

import org.junit.jupiter.api.AfterEach;

/** The store contract on PostgreSQL, each test in a schema of its own. */
class PostgresArticleStoreIT extends ArticleStoreContract {
    private PostgresTestDatabase schema;

    @Override
    Database newDatabase() {
        schema = new PostgresTestDatabase();
        return reopenDatabase();
    }

    @Override
    Database reopenDatabase() {
        return Database.open(schema.url());
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }
}
