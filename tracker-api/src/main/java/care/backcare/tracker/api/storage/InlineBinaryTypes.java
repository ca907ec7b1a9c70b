package care.backcare.tracker.api.storage;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.descriptor.jdbc.JdbcType;

import java.sql.Types;

/** Binds {@code @Lob byte[]} as plain binary, for the dialects that store Axon's payloads inline. */
final class InlineBinaryTypes {

    private InlineBinaryTypes() {
    }

    /** @param binaryType the JDBC type the database reports for its inline binary column */
    static void bindBlobsAs(JdbcType binaryType, TypeContributions typeContributions) {
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, binaryType);
    }
}
