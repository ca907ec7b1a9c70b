import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.*;
import java.util.*;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;

/**
 * Encrypts, in place, the plain-JSON events that tracker-bench/sql/seed-history.sql wrote, as a server with
 * per-patient encryption (data-rights merge, 9445f61) would have written them: one AES-256 data key per patient
 * in patient_key, wrapped (AES-GCM, patient id as AAD) by the master key; payload = 00 'BCE' | patient id (16) |
 * nonce (12) | ciphertext and tag, the first 20 bytes authenticated. The format of PayloadCipher, re-implemented.
 *
 *   java -cp postgresql.jar tracker-bench/tools/SealSeededEvents.java jdbc:postgresql://127.0.0.1:5432/db user <base64 master key>
 *
 * For the rebuild benchmark of docs/benchmarks.md ("A"): tracker-bench/sql/seed-history.sql writes plain JSON, which the
 * server reads as it is (ADR 0502), so a replay of seeded events would decrypt nothing without this step.
 */
public class SealSeededEvents {
    static final byte[] MAGIC = {0x00, 'B', 'C', 'E'};
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        SecretKey master = new SecretKeySpec(Base64.getDecoder().decode(args[2]), "AES");
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], "")) {
            c.setAutoCommit(false);
            Map<UUID, SecretKey> keys = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select distinct aggregate_identifier from domain_event_entry "
                         + "where aggregate_identifier not in (select patient_id::text from patient_key)")) {
                while (rs.next()) keys.put(UUID.fromString(rs.getString(1)), null);
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            try (PreparedStatement p = c.prepareStatement(
                    "insert into patient_key (patient_id, wrapped_key, created_at) values (?, ?, now())")) {
                for (UUID id : keys.keySet()) {
                    SecretKey key = generator.generateKey();
                    keys.put(id, key);
                    byte[] nonce = new byte[12];
                    RANDOM.nextBytes(nonce);
                    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
                    cipher.updateAAD(idBytes(id));
                    byte[] sealed = cipher.doFinal(key.getEncoded());
                    p.setObject(1, id);
                    p.setString(2, Base64.getEncoder().encodeToString(
                            ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("create unlogged table seal_stage (global_index bigint, payload bytea)");
            }
            c.commit();
            Connection copier = DriverManager.getConnection(args[0], args[1], "");
            org.postgresql.copy.CopyIn copyIn = copier.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy seal_stage from stdin");
            StringBuilder copy = new StringBuilder();
            long rows = 0;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            HexFormat hex = HexFormat.of();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(20000);
                try (ResultSet rs = s.executeQuery("select global_index, aggregate_identifier, payload from domain_event_entry")) {
                    while (rs.next()) {
                        UUID id = UUID.fromString(rs.getString(2));
                        SecretKey key = keys.get(id);
                        byte[] plain = rs.getBytes(3);
                        if (key == null || plain.length == 0 || plain[0] == 0) continue;
                        byte[] out = new byte[20 + 12 + plain.length + 16];
                        ByteBuffer.wrap(out).put(MAGIC).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
                        byte[] nonce = new byte[12];
                        RANDOM.nextBytes(nonce);
                        System.arraycopy(nonce, 0, out, 20, 12);
                        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                        cipher.updateAAD(out, 0, 20);
                        cipher.doFinal(plain, 0, plain.length, out, 32);
                        copy.append(rs.getLong(1)).append('\t').append("\\\\x").append(hex.formatHex(out)).append('\n');
                        rows++;
                        if (copy.length() > 1 << 20) {
                            byte[] chunk = copy.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                            copyIn.writeToCopy(chunk, 0, chunk.length);
                            copy.setLength(0);
                        }
                    }
                }
            }
            byte[] chunk = copy.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            copyIn.writeToCopy(chunk, 0, chunk.length);
            copyIn.endCopy();
            copier.close();
            try (Statement s = c.createStatement()) {
                int updated = s.executeUpdate("update domain_event_entry d set payload = e.payload from seal_stage e "
                        + "where d.global_index = e.global_index");
                s.execute("drop table seal_stage");
                c.commit();
                System.err.printf("sealed %d events of %d patients in %.1f s (updated %d)%n", rows, keys.size(),
                        (System.nanoTime() - start) / 1e9, updated);
            }
        }
    }

    static byte[] idBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
