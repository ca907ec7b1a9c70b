package care.backcare.tracker.api.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every read-model table, dumped in a stable order: what a replay of the event store must reproduce. */
public final class ReadModelTables {

    /** table -> the columns that identify a row */
    public static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("patient_profile", "patient_id");
        KEYS.put("personal_token", "token_id");
        KEYS.put("share_link", "share_id");
        KEYS.put("share_access", "access_id");
        KEYS.put("reminder_schedule", "patient_id");
        KEYS.put("calendar_feed", "feed_id");
        KEYS.put("session_log", "patient_id, session_id");
        KEYS.put("session_exercise", "patient_id, session_id, position");
        KEYS.put("pain_log", "patient_id, entry_id");
        KEYS.put("routine_plan", "patient_id, planned_at");
        KEYS.put("rest_day_log", "patient_id, rest_date");
        KEYS.put("health_profile", "patient_id");
    }

    private ReadModelTables() {
    }

    public static Map<String, List<Map<String, Object>>> dump(JdbcClient jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        KEYS.forEach((table, key) ->
                tables.put(table, jdbc.sql("select * from " + table + " order by " + key).query().listOfRows()));
        return tables;
    }

    public static long rows(Map<String, List<Map<String, Object>>> dump) {
        return dump.values().stream().mapToLong(List::size).sum();
    }
}
