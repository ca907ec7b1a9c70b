package care.backcare.tracker.api.data;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every row of a patient outside the event store: read models, access logs, share links, tokens, credentials,
 * whatever table a feature adds later. Found by the {@code patient_id} column the schema gives each of them,
 * so a new table is covered without an edit here. The key table is the one exception: its row stays, without
 * the key, as the record that the patient was erased.
 */
@Component
class PersonalRows {

    private static final Set<String> KEPT = Set.of("patient_key");

    private final JdbcClient jdbc;
    private volatile List<String> tables;

    PersonalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes them all; returns how many rows went. */
    int delete(UUID patientId) {
        int deleted = 0;
        for (String table : tables()) {
            deleted += jdbc.sql("delete from " + table + " where patient_id = ?").param(patientId).update();
        }
        return deleted;
    }

    List<String> tables() {
        List<String> known = tables;
        if (known == null) {
            known = jdbc.sql("""
                            select c.table_name from information_schema.columns c
                            join information_schema.tables t
                              on t.table_schema = c.table_schema and t.table_name = c.table_name
                            where lower(c.column_name) = 'patient_id' and c.table_schema = current_schema
                              and t.table_type = 'BASE TABLE'
                            order by c.table_name""")
                    .query(String.class).list().stream()
                    .map(String::toLowerCase)
                    .filter(table -> table.matches("[a-z0-9_]+") && !KEPT.contains(table))
                    .toList();
            tables = known;
        }
        return known;
    }
}
