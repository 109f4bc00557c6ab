package io.postkamer.bot.requests;

import io.postkamer.dialogs.requests.MailboxOwners;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Mailbox owners in the application's database; a new list replaces the old one in one transaction. */
public final class JdbcMailboxOwners implements MailboxOwners {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcMailboxOwners(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public List<String> ownersOf(String mailboxId) {
        return jdbc.queryForList(
                "SELECT owner_id FROM mailbox_owner WHERE mailbox_id = ? ORDER BY owner_id",
                String.class,
                key(mailboxId));
    }

    @Override
    public Map<String, List<String>> ownersByMailbox() {
        Map<String, List<String>> owners = new HashMap<>();
        jdbc.query("SELECT mailbox_id, owner_id FROM mailbox_owner ORDER BY mailbox_id, owner_id", row -> {
            owners.computeIfAbsent(row.getString("mailbox_id"), mailbox -> new ArrayList<>())
                    .add(row.getString("owner_id"));
        });
        return Map.copyOf(owners);
    }

    @Override
    public void setOwners(String mailboxId, List<String> ownerIds) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM mailbox_owner WHERE mailbox_id = ?", key(mailboxId));
            ownerIds.stream()
                    .distinct()
                    .forEach(owner -> jdbc.update(
                            "INSERT INTO mailbox_owner (mailbox_id, owner_id) VALUES (?, ?)", key(mailboxId), owner));
        });
    }

    private static String key(String mailboxId) {
        return mailboxId.toLowerCase(Locale.ROOT);
    }
}
