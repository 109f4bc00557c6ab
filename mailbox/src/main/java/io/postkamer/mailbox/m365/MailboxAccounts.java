package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** The user account behind a mailbox, through Graph: whether it may sign in, and its licences. */
final class MailboxAccounts {
    private final GraphClient graph;
    private final Resilience resilience;

    MailboxAccounts(GraphClient graph, Resilience resilience) {
        this.graph = graph;
        this.resilience = resilience;
    }

    /** The account read once, for sign-in and licences. */
    MailboxAccount read(String userId) {
        Optional<JsonNode> account = resilience.run(null, attempt -> graph.account(userId));
        boolean blocked =
                account.map(a -> !a.path("accountEnabled").asBoolean(true)).orElse(false);
        return new MailboxAccount(userId, blocked, licences(userId, account));
    }

    Change setSignInBlocked(ExchangeMailbox m, boolean blocked) {
        return resilience.write(m.primarySmtpAddress(), sent -> {
            boolean enabled = graph.account(m.id())
                    .map(a -> a.path("accountEnabled").asBoolean(true))
                    .orElse(true);
            if (enabled != blocked) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            graph.setAccountEnabled(m.id(), !blocked);
            return Change.MADE;
        });
    }

    /** Asking twice only moves the moment sessions are valid from, so a lost answer is simply asked again. */
    Change signOutEverywhere(ExchangeMailbox m) {
        return resilience.write(m.primarySmtpAddress(), sent -> {
            graph.revokeSignInSessions(m.id());
            return Change.MADE;
        });
    }

    Change removeLicence(Mailbox m, String skuId) {
        String wanted = skuId == null || skuId.isBlank() ? "" : skuId.strip().toLowerCase(Locale.ROOT);
        Licence licence = m.account().licences().stream()
                .filter(l -> l.skuId().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new MailboxException.NotFound(Problem.LICENCE_NOT_ASSIGNED, String.valueOf(skuId)));
        if (licence.assignedByGroup()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_ASSIGNED_BY_GROUP, licence.skuPartNumber());
        }
        // A user mailbox without its licence is disabled after 30 days: only a shared one may lose it.
        if (m.kind() == MailboxKind.USER || m.storage().needsLicence()) {
            throw new MailboxException.InvalidInput(Problem.LICENCE_STILL_NEEDED, m.displayName());
        }
        return resilience.run(m.primarySmtpAddress(), new IntFunction<Change>() {
            private boolean sent;

            @Override
            public Change apply(int attempt) {
                if (sent
                        && licences(m.id(), graph.account(m.id())).stream()
                                .noneMatch(l -> l.skuId().equalsIgnoreCase(wanted) && !l.assignedByGroup())) {
                    return Change.MADE;
                }
                sent = true;
                graph.removeLicence(m.id(), licence.skuId());
                return Change.MADE;
            }
        });
    }

    /** Licences of an account; one counts as assigned by a group when no direct assignment of it exists. */
    private List<Licence> licences(String userId, Optional<JsonNode> account) {
        JsonNode states = account.map(a -> a.path("licenseAssignmentStates")).orElse(JsonHttp.JSON.createArrayNode());
        if (states.isEmpty()) {
            return List.of();
        }
        return resilience.run(null, attempt -> {
            Map<String, String> partNumbers = new HashMap<>();
            graph.licenceDetails(userId)
                    .forEach(d -> partNumbers.put(
                            d.path("skuId").asText().toLowerCase(Locale.ROOT),
                            d.path("skuPartNumber").asText()));
            Map<String, Boolean> direct = new LinkedHashMap<>();
            for (JsonNode state : states) {
                String sku = state.path("skuId").asText().toLowerCase(Locale.ROOT);
                boolean isDirect = state.path("assignedByGroup").isNull()
                        || state.path("assignedByGroup").isMissingNode();
                direct.merge(sku, isDirect, Boolean::logicalOr);
            }
            List<Licence> licences = new ArrayList<>();
            direct.forEach(
                    (sku, isDirect) -> licences.add(new Licence(sku, partNumbers.getOrDefault(sku, sku), !isDirect)));
            return List.copyOf(licences);
        });
    }
}
