package care.backcare.tracker.api.storage;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks the inline-binary dialects whenever the database is PostgreSQL or H2, so that no profile or
 * setting can forget them; any other database gets Hibernate's own choice.
 */
public class TrackerDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        return switch (info.getDatabaseName()) {
            case "PostgreSQL" -> new ByteaPostgreSQLDialect(info);
            case "H2" -> new InlineBinaryH2Dialect(info);
            default -> null;
        };
    }
}
