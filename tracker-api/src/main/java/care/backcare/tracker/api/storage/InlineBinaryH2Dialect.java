package care.backcare.tracker.api.storage;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * H2 keeps a BLOB larger than a few hundred bytes in separate LOB storage; event payloads are small
 * JSON documents that belong inline, as {@code varbinary}, like {@code bytea} on PostgreSQL.
 */
public class InlineBinaryH2Dialect extends H2Dialect {

    public InlineBinaryH2Dialect() {
        super();
    }

    public InlineBinaryH2Dialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "varbinary" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "varbinary" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        InlineBinaryTypes.bindBlobsAs(VarbinaryJdbcType.INSTANCE, typeContributions);
    }
}
