package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.Amounts;
import io.postkamer.cards.health.HealthConfirmCard.Question;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.manage.MailboxScope;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.TrusteeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The report's fixes of one mailbox: block sign-in, remove a licence it does not need, take away a right of an
 * account that is gone, show a hidden mailbox that is sent from. Each goes as every fix goes ({@link FixFlow}): asked
 * first, the target checked again on the confirmed press ({@link MailboxScope}, {@link HealthScope}) and audited with
 * the overview's own actions, so history tells them alike; the report then shows the finding gone.
 */
final class HealthFixes {
    static final String BLOCK = "block sign-in";
    static final String ALLOWED = "sign-in allowed";
    static final String BLOCKED = "sign-in blocked";

    private final FixFlow flow;
    private final LicencePrices prices;

    HealthFixes(FixFlow flow, LicencePrices prices) {
        this.flow = flow;
        this.prices = prices;
    }

    CompletableFuture<Void> block(TurnContext turn, Texts texts, String actor, UserInput input) {
        String id = input.input("mailbox");
        return flow.fix(
                turn,
                texts,
                actor,
                input,
                Audited.of(id, BLOCK, ALLOWED, BLOCKED),
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    return box.account().signInBlocked()
                            ? Optional.empty()
                            : Optional.of(new Question(
                                    texts.get("health.confirm.block.title", box.displayName()),
                                    List.of(texts.get("health.confirm.block.what", box.displayName())),
                                    texts.get("manage.action.block"),
                                    Verb.HEALTH_BLOCK,
                                    input.data()));
                },
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    return new FixFlow.Fix(
                            box,
                            Audited.on(MailboxScope.target(box), BLOCK, ALLOWED, BLOCKED),
                            () -> service.setSignInBlocked(box.id(), true),
                            FactsAfterFix.signInBlocked(),
                            texts.get("health.done.block", box.displayName()));
                });
    }

    CompletableFuture<Void> removeLicence(TurnContext turn, Texts texts, String actor, UserInput input) {
        String id = input.input("mailbox");
        String sku = input.input("sku");
        return flow.fix(
                turn,
                texts,
                actor,
                input,
                Audited.of(id, "remove licence", sku, ""),
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    Licence licence = HealthScope.unneededLicence(box, sku);
                    List<String> lines = new ArrayList<>();
                    lines.add(texts.get(
                            "health.confirm.licence.what",
                            box.displayName(),
                            Amounts.gigabytes(texts, box.storage().totalBytes())));
                    prices.monthly(licence)
                            .ifPresent(price -> lines.add(
                                    texts.get("health.confirm.licence.saves", Amounts.money(texts, prices, price))));
                    return Optional.of(new Question(
                            texts.get("health.confirm.licence.title", licence.productName(), box.displayName()),
                            lines,
                            texts.get("health.fix.removeLicence", licence.productName()),
                            Verb.HEALTH_REMOVE_LICENCE,
                            input.data()));
                },
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    Licence licence = HealthScope.unneededLicence(box, sku);
                    return new FixFlow.Fix(
                            box,
                            Audited.on(MailboxScope.target(box), "remove licence", licence.skuPartNumber(), ""),
                            () -> service.removeLicence(box.id(), licence.skuId()),
                            FactsAfterFix.withoutLicence(licence.skuId()),
                            texts.get("health.done.removeLicence", licence.productName(), box.displayName()));
                });
    }

    CompletableFuture<Void> removePermission(TurnContext turn, Texts texts, String actor, UserInput input) {
        String id = input.input("mailbox");
        String member = input.input("member");
        String right = input.input("right");
        return flow.fix(
                turn,
                texts,
                actor,
                input,
                Audited.of(id, "revoke " + right, member + " " + right, ""),
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    HeldPermission held = HealthScope.heldByAccountGone(service, box, member, right);
                    String rightName = texts.get("right." + held.right() + ".name");
                    String why = held.trustee() == TrusteeStatus.DELETED
                            ? texts.get("health.confirm.permission.DELETED", box.displayName())
                            : texts.get("health.confirm.permission.DISABLED", held.trusteeName(), box.displayName());
                    return Optional.of(new Question(
                            texts.get("health.confirm.permission.title", rightName, who(texts, held)),
                            List.of(why),
                            texts.get("manage.action.revoke", rightName),
                            Verb.HEALTH_REMOVE_PERMISSION,
                            input.data()));
                },
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    HeldPermission held = HealthScope.heldByAccountGone(service, box, member, right);
                    return new FixFlow.Fix(
                            box,
                            Audited.on(
                                    new AuditEntry.Target(
                                            held.trusteeId(), held.trusteeName(), box.primarySmtpAddress()),
                                    "revoke " + held.right(),
                                    held.trusteeName() + " " + held.right(),
                                    ""),
                            () -> service.revoke(box.id(), held.trusteeId(), held.right()),
                            FactsAfterFix.withoutPermission(held.trusteeId(), held.right()),
                            texts.get(
                                    "health.done.removePermission",
                                    texts.get("right." + held.right() + ".name"),
                                    who(texts, held)));
                });
    }

    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, UserInput input) {
        String id = input.input("mailbox");
        String action = "show in address lists";
        return flow.fix(
                turn,
                texts,
                actor,
                input,
                Audited.of(id, action, "hidden", "shown"),
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    if (!box.hiddenFromAddressLists()) {
                        return Optional.empty();
                    }
                    HealthScope.sentFromWhileHidden(service, box);
                    return Optional.of(new Question(
                            texts.get("health.confirm.show.title", box.displayName()),
                            List.of(texts.get("health.confirm.show.what", box.displayName())),
                            texts.get("manage.action.show"),
                            Verb.HEALTH_SHOW,
                            input.data()));
                },
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    if (box.hiddenFromAddressLists()) {
                        HealthScope.sentFromWhileHidden(service, box);
                    }
                    return new FixFlow.Fix(
                            box,
                            Audited.on(MailboxScope.target(box), action, "hidden", "shown"),
                            () -> service.setHiddenFromAddressLists(box.id(), false),
                            FactsAfterFix.shown(),
                            texts.get("health.done.show", box.displayName()));
                });
    }

    /** Who held the right, in words: their name, or "a deleted account". */
    private static String who(Texts texts, HeldPermission held) {
        return held.trustee() == TrusteeStatus.DELETED
                ? texts.get("health.confirm.permission.trustee.DELETED")
                : held.trusteeName();
    }
}
