package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.AccessRequest;
import io.postkamer.dialogs.requests.ApplyState;
import io.postkamer.dialogs.requests.Decision;
import io.postkamer.dialogs.requests.NewAccessRequest;
import io.postkamer.dialogs.requests.RequestKind;
import io.postkamer.dialogs.requests.RequestState;
import io.postkamer.dialogs.requests.RequestStore;
import io.postkamer.mailbox.Right;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Requests in the application's database. A decision is one guarded UPDATE (… WHERE request_state =
 * 'PENDING'), and so is the record that a grant was applied (… WHERE applied = 'NOT_YET'): the database
 * lets exactly one of any number of concurrent callers, on any instance, change the row.
 */
public final class JdbcRequestStore implements RequestStore {
    private static final String COLUMNS = "request_number, requester_id, requester_name, mailbox_id, mailbox_name, "
            + "mailbox_address, rights, reason, until_date, approver_ids, created_at, request_state, decided_by, "
            + "decided_by_name, decided_at, reject_reason, applied, apply_detail, assigned_to, assigned_name, reminded_at, "
            + "request_kind, proposed_members, reassigned_to";

    private final JdbcTemplate jdbc;

    public JdbcRequestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccessRequest create(NewAccessRequest request) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO access_request (requester_id, "
                                    + "requester_name, mailbox_id, mailbox_name, mailbox_address, rights, reason, until_date, "
                                    + "approver_ids, created_at, request_state, applied, request_kind, proposed_members) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setString(1, request.requesterId());
                    insert.setString(2, request.requesterName());
                    insert.setString(3, request.mailboxId());
                    insert.setString(4, request.mailboxName());
                    insert.setString(5, request.mailboxAddress());
                    insert.setString(
                            6,
                            request.rights().stream().sorted().map(Right::name).collect(Collectors.joining(",")));
                    insert.setString(7, request.reason());
                    insert.setDate(8, request.until().map(Date::valueOf).orElse(null));
                    insert.setString(9, String.join(",", request.approverIds()));
                    insert.setObject(10, utc(request.at()));
                    insert.setString(11, RequestState.PENDING.name());
                    insert.setString(12, ApplyState.NOT_YET.name());
                    insert.setString(13, request.kind().name());
                    insert.setString(14, String.join(",", request.proposedMembers()));
                    return insert;
                },
                keys);
        Number number =
                keys.getKeyList().size() == 1 && keys.getKeyList().get(0).size() > 1
                        ? (Number) keys.getKeyList().get(0).entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase("request_number"))
                                .findFirst()
                                .orElseThrow()
                                .getValue()
                        : keys.getKey();
        return AccessRequest.from(number.longValue(), request);
    }

    @Override
    public Optional<AccessRequest> find(long number) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM access_request WHERE request_number = ?", this::row, number)
                .stream()
                .findFirst();
    }

    @Override
    public List<AccessRequest> byRequester(String requesterId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM access_request WHERE requester_id = ? " + "ORDER BY request_number DESC",
                this::row,
                requesterId);
    }

    @Override
    public List<AccessRequest> pending() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM access_request WHERE request_state = ? " + "ORDER BY request_number",
                this::row,
                RequestState.PENDING.name());
    }

    @Override
    public boolean decide(Decision decision) {
        return jdbc.update(
                        "UPDATE access_request SET request_state = ?, decided_by = ?, decided_by_name = ?, "
                                + "decided_at = ?, reject_reason = ? WHERE request_number = ? AND request_state = ?",
                        decision.to().name(),
                        decision.deciderId(),
                        decision.deciderName(),
                        utc(decision.at()),
                        decision.rejectReason().orElse(null),
                        decision.number(),
                        RequestState.PENDING.name())
                == 1;
    }

    @Override
    public boolean recordApplied(long number, ApplyState outcome, String detail, Instant at) {
        return jdbc.update(
                        "UPDATE access_request SET applied = ?, apply_detail = ?, applied_at = ? "
                                + "WHERE request_number = ? AND request_state = ? AND applied = ?",
                        outcome.name(),
                        detail.isEmpty() ? null : detail,
                        utc(at),
                        number,
                        RequestState.APPROVED.name(),
                        ApplyState.NOT_YET.name())
                == 1;
    }

    @Override
    public boolean assign(long number, String personId, String name) {
        return jdbc.update(
                        "UPDATE access_request SET assigned_to = ?, assigned_name = ? "
                                + "WHERE request_number = ? AND request_state = ?",
                        personId,
                        name,
                        number,
                        RequestState.PENDING.name())
                == 1;
    }

    @Override
    public boolean reassign(long number, String approverId) {
        return jdbc.update(
                        "UPDATE access_request SET approver_ids = ?, reassigned_to = ? "
                                + "WHERE request_number = ? AND request_state = ?",
                        approverId,
                        approverId,
                        number,
                        RequestState.PENDING.name())
                == 1;
    }

    @Override
    public List<AccessRequest> approvedNewMailboxes() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM access_request WHERE request_state = ? AND request_kind = ? "
                        + "ORDER BY request_number",
                this::row,
                RequestState.APPROVED.name(),
                RequestKind.NEW_MAILBOX.name());
    }

    @Override
    public boolean markReminded(long number, Instant at) {
        return jdbc.update(
                        "UPDATE access_request SET reminded_at = ? WHERE request_number = ? "
                                + "AND request_state = ? AND reminded_at IS NULL",
                        utc(at),
                        number,
                        RequestState.PENDING.name())
                == 1;
    }

    private AccessRequest row(ResultSet rs, int index) throws SQLException {
        String rights = rs.getString("rights");
        EnumSet<Right> set = EnumSet.noneOf(Right.class);
        Arrays.stream(rights.split(","))
                .filter(r -> !r.isBlank())
                .map(Right::valueOf)
                .forEach(set::add);
        String approvers = rs.getString("approver_ids");
        Date until = rs.getDate("until_date");
        return new AccessRequest(
                rs.getLong("request_number"),
                rs.getString("requester_id"),
                rs.getString("requester_name"),
                rs.getString("mailbox_id"),
                rs.getString("mailbox_name"),
                rs.getString("mailbox_address"),
                set,
                rs.getString("reason"),
                Optional.ofNullable(until).map(Date::toLocalDate),
                approvers.isEmpty() ? List.of() : List.of(approvers.split(",")),
                instant(rs, "created_at").orElseThrow(),
                RequestState.valueOf(rs.getString("request_state")),
                Optional.ofNullable(rs.getString("decided_by")),
                Optional.ofNullable(rs.getString("decided_by_name")),
                instant(rs, "decided_at"),
                Optional.ofNullable(rs.getString("reject_reason")),
                ApplyState.valueOf(rs.getString("applied")),
                Optional.ofNullable(rs.getString("apply_detail")),
                Optional.ofNullable(rs.getString("assigned_to")),
                Optional.ofNullable(rs.getString("assigned_name")),
                instant(rs, "reminded_at"),
                RequestKind.valueOf(rs.getString("request_kind")),
                split(rs.getString("proposed_members")),
                Optional.ofNullable(rs.getString("reassigned_to")));
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : List.of(ids.split(","));
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
