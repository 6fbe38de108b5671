package dev.moddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Site profiles: a site's base URL (its identity), the REST user and a reference to where its Application
 * Password is kept. The password itself never enters the database.
 */
public final class SiteStore {
    private final Connection c;

    public SiteStore(Database db) {
        this.c = db.writer();
    }

    /**
     * A site as sync sees it; {@code user} and {@code credentialRef} are null for a site only imported from files,
     * {@code lastSyncAt} is epoch ms (0: never synced).
     */
    public record Profile(String baseUrl, String user, String credentialRef, long lastSyncAt) {
        public boolean hasCredentials() {
            return user != null && credentialRef != null;
        }
    }

    private static final String COLUMNS = "base_url, rest_user, credential_ref, coalesce(last_sync_at, 0)";

    /** Creates the site or updates its profile; {@code credentialRef} null leaves a stored reference as it is. */
    public Profile save(String baseUrl, String user, String credentialRef) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sites (base_url, rest_user, credential_ref) VALUES (?, ?, ?) "
                + "ON CONFLICT (base_url) DO UPDATE SET rest_user = excluded.rest_user, "
                + "credential_ref = coalesce(excluded.credential_ref, credential_ref)")) {
            ps.setString(1, baseUrl);
            ps.setString(2, user);
            ps.setString(3, credentialRef);
            ps.executeUpdate();
            return find(baseUrl).orElseThrow();
        } catch (SQLException e) {
            throw new StoreException("cannot save the site " + baseUrl + ": " + Database.explain(e), e);
        }
    }

    public Optional<Profile> find(String baseUrl) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sites WHERE base_url = ?")) {
            ps.setString(1, baseUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(profile(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the site " + baseUrl + ": " + Database.explain(e), e);
        }
    }

    /** Every site in the database, by URL. */
    public List<Profile> all() {
        List<Profile> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sites ORDER BY base_url");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(profile(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the sites: " + Database.explain(e), e);
        }
    }

    /** Forgets the site's REST credentials (its comments stay). */
    public void forgetCredentials(String baseUrl) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sites SET rest_user = NULL, credential_ref = NULL "
                + "WHERE base_url = ?")) {
            ps.setString(1, baseUrl);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update the site " + baseUrl + ": " + Database.explain(e), e);
        }
    }

    public void syncedAt(String baseUrl, long epochMillis) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sites SET last_sync_at = ? WHERE base_url = ?")) {
            ps.setLong(1, epochMillis);
            ps.setString(2, baseUrl);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update the site " + baseUrl + ": " + Database.explain(e), e);
        }
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
