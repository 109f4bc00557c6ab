package io.postkamer.dialogs.offboarding;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.health.Amounts;
import io.postkamer.cards.offboarding.OffboardingPlanCard;
import io.postkamer.cards.offboarding.OffboardingPlanCard.Choice;
import io.postkamer.dialogs.common.People;
import io.postkamer.dialogs.common.TypedText;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.Problem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whose mailbox an offboarding is about, and the card that shows what will happen to it: read from Exchange and the
 * directory, on the mailbox thread. Typed text finds the mailbox by address, alias or the person's name; a press is
 * read again from the tenant by the mailbox's id, never from what the card said.
 */
final class OffboardingPlans {
    /** What typed text or a press is about: the person's mailbox and their directory entry. */
    record Leaver(Mailbox mailbox, Person person) {}

    private OffboardingPlans() {}

    /** The mailbox typed: an address, an alias, or a person's name that finds exactly one person. */
    static Optional<Mailbox> find(MailboxService service, String typed) {
        String who = TypedText.unquote(typed.strip());
        Optional<Mailbox> direct = service.mailbox(who);
        if (direct.isPresent()) {
            return direct;
        }
        List<Person> people = service.searchPrincipals(who, 5).stream()
                .flatMap(p -> p instanceof Person person ? Stream.of(person) : Stream.empty())
                .toList();
        List<Person> exact = people.stream()
                .filter(p -> TypedText.folded(p.displayName()).equals(TypedText.folded(who)))
                .toList();
        List<Person> chosen = exact.size() == 1 ? exact : people;
        return chosen.size() == 1 ? service.mailbox(chosen.get(0).id()) : Optional.empty();
    }

    /** A person's own user mailbox, not the administrator's. */
    static Leaver leaver(MailboxService service, Mailbox box, String actor) {
        if (box.kind() != MailboxKind.USER) {
            throw new MailboxException.OutOfScope(Problem.NOT_A_USER_MAILBOX, box.displayName());
        }
        if (box.account().userId().equalsIgnoreCase(actor) || box.id().equalsIgnoreCase(actor)) {
            throw new MailboxException.OutOfScope(Problem.OFFBOARD_SELF, box.displayName());
        }
        Person person = service.person(box.account().userId())
                .orElseThrow(() -> new MailboxException.OutOfScope(Problem.NOT_A_USER_MAILBOX, box.displayName()));
        return new Leaver(box, person);
    }

    /** The manager chosen on the card: a person in the directory other than the one leaving; blank for nobody. */
    static Optional<Person> manager(MailboxService service, Leaver leaver, String chosen) {
        if (chosen.isBlank() || chosen.equals(OffboardingPlanCard.NOBODY)) {
            return Optional.empty();
        }
        Optional<Principal> found =
                People.picked(service, chosen).map(Principal.class::cast).or(() -> service.group(chosen));
        if (!(found.orElse(null) instanceof Person manager)
                || manager.id().equalsIgnoreCase(leaver.person().id())) {
            throw new MailboxException.OutOfScope(
                    Problem.NOT_A_PERSON, found.map(Principal::displayName).orElse(chosen));
        }
        return Optional.of(manager);
    }

    static AdaptiveCard card(MailboxService service, Texts texts, Leaver leaver) {
        Mailbox box = leaver.mailbox();
        Person person = leaver.person();
        Optional<Person> manager = service.managerOf(person.id());
        String facts = texts.get(
                "offboard.facts",
                box.primarySmtpAddress(),
                person.jobTitle().isEmpty() ? person.department() : person.jobTitle(),
                Amounts.gigabytes(texts, box.storage().totalBytes()));
        return OffboardingPlanCard.render(
                texts,
                new OffboardingPlanCard.Plan(
                        box.id(),
                        person.displayName(),
                        facts,
                        manager.map(m -> new Choice(m.displayName(), m.id())),
                        proposedReply(texts, person, manager),
                        box.account().licences().stream()
                                .map(Licence::productName)
                                .collect(Collectors.joining(", ")),
                        box.storage().needsLicence(),
                        Optional.empty()),
                AutomaticReply.MAX_LENGTH);
    }

    private static String proposedReply(Texts texts, Person person, Optional<Person> manager) {
        return manager.map(m -> texts.get(
                        "offboard.reply.proposed",
                        person.displayName(),
                        m.displayName(),
                        m.mail().isEmpty() ? m.userPrincipalName() : m.mail()))
                .orElseGet(() -> texts.get("offboard.reply.proposed.noManager", person.displayName()));
    }
}
