package io.postkamer.dialogs.health;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.cards.health.HealthConfirmCard.Question;
import io.postkamer.cards.health.HealthReportCard;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.People;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.manage.MailboxScope;
import io.postkamer.dialogs.requests.MailboxOwners;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Owners named for a mailbox without them, from the people picker on its row of the report: asked first, then set as
 * an administrator's typed "set owners of … to …" sets them, audited as that is ("set request approvers"). Only people
 * are owners: a group or a shared mailbox's account chosen is refused, as is anyone but an administrator.
 */
final class OwnersFix {
    static final String ACTION = "set request approvers";

    private final FixFlow flow;
    private final MailboxOwners owners;

    OwnersFix(FixFlow flow, MailboxOwners owners) {
        this.flow = flow;
        this.owners = owners;
    }

    CompletableFuture<Void> press(TurnContext turn, Texts texts, String actor, UserInput input) {
        String id = input.input("mailbox");
        List<String> chosen = Arrays.stream(
                        input.input(HealthReportCard.ownersInput(id)).split(","))
                .map(String::strip)
                .filter(owner -> !owner.isEmpty())
                .distinct()
                .toList();
        if (chosen.isEmpty()) {
            return CardReplies.say(turn, texts.get("health.owners.none"));
        }
        return flow.fix(
                turn,
                texts,
                actor,
                input,
                Audited.of(id, ACTION, "", String.join(", ", chosen)),
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    String names = names(people(service, chosen));
                    return Optional.of(new Question(
                            texts.get("health.confirm.owners.title", box.displayName()),
                            List.of(texts.get("health.confirm.owners.what", names, box.displayName())),
                            texts.get("health.fix.setOwners"),
                            Verb.HEALTH_SET_OWNERS,
                            input.data()));
                },
                service -> {
                    Mailbox box = MailboxScope.shared(service, id);
                    List<Person> people = people(service, chosen);
                    String names = names(people);
                    return new FixFlow.Fix(
                            box,
                            Audited.on(MailboxScope.target(box), ACTION, "", names),
                            () -> {
                                owners.setOwners(
                                        box.id(),
                                        people.stream().map(Person::id).toList());
                                return Change.MADE;
                            },
                            UnaryOperator.identity(),
                            texts.get("request.owners.set", box.displayName(), names));
                });
    }

    private static List<Person> people(MailboxService service, List<String> chosen) {
        return chosen.stream().map(owner -> People.required(service, owner)).toList();
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::displayName).collect(Collectors.joining(", "));
    }
}
