package care.backcare.tracker.api.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties read-model tables before a replay. On PostgreSQL that is a {@code truncate}: instant, and it
 * leaves no dead rows behind, where deleting a million rows takes seconds per table and leaves the
 * replay writing into bloated tables and indexes until vacuum catches up. It is transactional there,
 * so the tables are emptied together with the processor's tokens or not at all. H2's truncate would
 * commit the surrounding transaction, so H2 deletes.
 */
@Component
public class ReadModelReset {

    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    ReadModelReset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clear(String... tables) {
        if (isPostgres()) {
            jdbc.sql("truncate table " + String.join(", ", tables)).update();
        } else {
            for (String table : tables) {
                jdbc.sql("delete from " + table).update();
            }
        }
    }

    /** Whether the read models live in PostgreSQL (asked of the database once). */
    public boolean isPostgres() {
        if (postgres == null) {
            postgres = "PostgreSQL".equals(jdbc.sql("select 1").query((rs, row) ->
                    rs.getStatement().getConnection().getMetaData().getDatabaseProductName()).single());
        }
        return postgres;
    }
}
