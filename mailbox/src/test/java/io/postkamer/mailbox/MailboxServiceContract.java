package io.postkamer.mailbox;

import static io.postkamer.mailbox.Contoso.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every {@link MailboxService} does, whatever it talks to. An implementation runs it by
 * subclassing: {@link #newService()} gives a fresh tenant seeded from contoso.json (see {@link Contoso}).
 * Only behaviour a caller can see is checked; nothing here knows how an implementation works inside.
 */
public abstract class MailboxServiceContract {

    /** A fresh tenant holding exactly the Contoso seed, not hybrid. Called before every test. */
    protected abstract MailboxService newService();

    /** A fresh Contoso tenant whose organisation is hybrid (shared mailboxes live on premises). */
    protected abstract MailboxService newHybridService();

    /** Contoso with this many extra shared mailboxes and people ({@link io.postkamer.mailbox.demo.ContosoAtScale}). */
    protected abstract MailboxService newServiceAtScale(int sharedMailboxes, int people);

    /** Lets every mailbox created so far by the service of {@link #newService()} finish provisioning. */
    protected abstract void finishProvisioning();

    /**
     * The automapping a backend reports for a grant made outside the bot that was made with {@code set}: the demo
     * tenant knows it, Exchange does not tell.
     */
    protected abstract AutoMapping madeElsewhere(boolean set);

    /**
     * The next read for a health report by the service of {@link #newService()} meets a 429 with this Retry-After
     * once: on Exchange's stand-in one cmdlet, on the demo tenant the read itself.
     */
    protected abstract void throttleNextHealthRead(Duration retryAfter);

    /** One answer of the next read for a health report never comes back (the connection is lost after it was sent). */
    protected abstract void loseAnAnswerOfNextHealthRead();

    /** Calls a test aims a fault at, beside the health read. */
    protected enum Call {
        SIGN_OUT_EVERYWHERE,
        AUTOMATIC_REPLY,
        SET_AUTOMATIC_REPLY,
        SET_SENT_ITEMS_COPIES
    }

    /** The next such call of the service of {@link #newService()} meets a 429 with this Retry-After, once. */
    protected abstract void throttleNext(Call call, Duration retryAfter);

    /** The next such call is carried out, and its answer lost on the way back, once. */
    protected abstract void loseAnswerOfNext(Call call);

    protected MailboxService service;

    private static final OffsetDateTime MEETING = OffsetDateTime.of(2030, 6, 3, 9, 0, 0, 0, ZoneOffset.ofHours(2));

    @BeforeEach
    void freshTenant() {
        service = newService();
    }

    // --- organisation

    @Test
    @DisplayName("the organisation is Contoso with contoso.com as default and contoso.nl accepted")
    void organisation() {
        Organisation org = service.organisation();
        assertThat(org.tenantId()).isEqualTo(TENANT_ID);
        assertThat(org.displayName()).isEqualTo("Contoso");
        assertThat(org.hybrid()).isFalse();
        assertThat(org.defaultDomain().name()).isEqualTo(DEFAULT_DOMAIN);
        assertThat(org.acceptedDomains())
                .extracting(AcceptedDomain::name)
                .containsExactlyInAnyOrder(DEFAULT_DOMAIN, SECOND_DOMAIN);
    }

    // --- people, roles, managers

    @Test
    @DisplayName("a person is found by id with name, UPN, mail, department and job title")
    void personById() {
        Person flip = service.person(FLIP).orElseThrow();
        assertThat(flip.displayName()).isEqualTo("Flip Schoonen");
        assertThat(flip.userPrincipalName()).isEqualTo("fschoonen@contoso.com");
        assertThat(flip.mail()).isEqualTo("flip.schoonen@contoso.com");
        assertThat(flip.department()).isEqualTo("Facilitaire Dienst");
        assertThat(flip.jobTitle()).isEqualTo("Medewerker receptie");
    }

    @Test
    @DisplayName("an unknown person id finds nobody")
    void unknownPerson() {
        assertThat(service.person("00000000-0000-0000-0000-000000000001")).isEmpty();
    }

    @Test
    @DisplayName("roles: Megan is Global Administrator, Adele Exchange Administrator, Flip neither")
    void roles() {
        assertThat(service.rolesOf(MEGAN)).containsExactly(DirectoryRole.GLOBAL_ADMINISTRATOR);
        assertThat(service.rolesOf(ADELE)).containsExactly(DirectoryRole.EXCHANGE_ADMINISTRATOR);
        assertThat(service.rolesOf(FLIP)).isEmpty();
    }

    @Test
    @DisplayName("a role other than the two mailbox roles does not count (Lotte is Helpdesk Administrator)")
    void otherRolesDoNotCount() {
        assertThat(service.rolesOf(LOTTE)).isEmpty();
        assertThat(new MailboxAdministrators(service).isAdministrator(LOTTE)).isFalse();
    }

    @Test
    @DisplayName("a role held through a role-assignable group counts")
    void roleThroughGroup() {
        assertThat(service.rolesOf(JEROEN)).containsExactly(DirectoryRole.EXCHANGE_ADMINISTRATOR);
    }

    @Test
    @DisplayName("roles of an unknown person: PERSON_NOT_FOUND")
    void rolesOfUnknownPerson() {
        assertProblem(() -> service.rolesOf("00000000-0000-0000-0000-000000000001"), Problem.PERSON_NOT_FOUND);
    }

    @Test
    @DisplayName("administrators may manage mailboxes, others are refused with NOT_AUTHORISED")
    void administrators() {
        MailboxAdministrators administrators = new MailboxAdministrators(service);
        assertThat(administrators.isAdministrator(MEGAN)).isTrue();
        assertThat(administrators.isAdministrator(ADELE)).isTrue();
        assertProblem(() -> administrators.requireAdministrator(FLIP), Problem.NOT_AUTHORISED);
    }

    @Test
    @DisplayName("last sign-ins where the directory keeps them: Flip two days ago, Anouk 47; none for Ger or an"
            + " unknown id")
    void lastSignIns() {
        String nobody = "00000000-0000-0000-0000-000000000009";
        Map<String, Instant> known = service.lastSignIns(List.of(FLIP, ANOUK, GER, nobody));

        assertThat(known).containsOnlyKeys(FLIP, ANOUK);
        assertThat(Duration.between(known.get(ANOUK), known.get(FLIP)).toDays())
                .as("the seed's days ago, from the tenant's own today")
                .isEqualTo(45);
        assertThat(service.lastSignIns(List.of())).isEmpty();
    }

    @Test
    @DisplayName("the administrators: Megan (Global), Adele (Exchange) and Jeroen through a role-assignable group;"
            + " the helpdesk's role is not one of them")
    void administratorsListed() {
        assertThat(service.administrators())
                .extracting(Person::displayName)
                .containsExactly("Adele Vance", "Jeroen van den Berg", "Megan Bowen");
    }

    @Test
    @DisplayName("Pieter is the manager of Flip and Ger; Nestor has no manager")
    void managers() {
        assertThat(service.managerOf(FLIP)).map(Person::id).contains(PIETER);
        assertThat(service.managerOf(GER)).map(Person::id).contains(PIETER);
        assertThat(service.managerOf(NESTOR)).isEmpty();
    }

    @Test
    @DisplayName("manager of an unknown person: PERSON_NOT_FOUND")
    void managerOfUnknownPerson() {
        assertProblem(() -> service.managerOf("00000000-0000-0000-0000-000000000001"), Problem.PERSON_NOT_FOUND);
    }

    // --- search

    @Test
    @DisplayName("search matches the start of any word of the display name, ignoring case")
    void searchByNameWord() {
        assertThat(ids(service.searchPrincipals("meg", 10))).containsExactly(MEGAN);
        assertThat(ids(service.searchPrincipals("BOW", 10))).containsExactly(MEGAN);
        assertThat(ids(service.searchPrincipals("schoon", 10))).containsExactly(FLIP);
    }

    @Test
    @DisplayName("search ignores diacritics in names: 'mull' and 'MÜL' both find Émilie Müller")
    void searchIgnoresDiacritics() {
        assertThat(ids(service.searchPrincipals("mull", 10))).containsExactly(EMILIE);
        assertThat(ids(service.searchPrincipals("MÜL", 10))).containsExactly(EMILIE);
        assertThat(ids(service.searchPrincipals("Émi", 10))).containsExactly(EMILIE);
    }

    @Test
    @DisplayName("search matches the start of the mail address and of the user principal name")
    void searchByAddress() {
        assertThat(ids(service.searchPrincipals("flip.sch", 10))).containsExactly(FLIP);
        assertThat(ids(service.searchPrincipals("fschoonen@", 10))).containsExactly(FLIP);
        assertThat(ids(service.searchPrincipals("ger.verbeek@contoso.nl", 10))).containsExactly(GER);
    }

    @Test
    @DisplayName("search lists people first, then groups")
    void searchPeopleThenGroups() {
        List<Principal> found = service.searchPrincipals("ma", 10);
        assertThat(found).extracting(Principal::id).containsExactly(MAARTEN, MARKETING_TEAM);
        assertThat(found.get(0)).isInstanceOf(Person.class);
        assertThat(found.get(1)).isInstanceOf(Group.class);
    }

    @Test
    @DisplayName("search returns at most the limit, and nothing for an unknown prefix")
    void searchLimitAndNoMatch() {
        assertThat(service.searchPrincipals("l", 2)).hasSize(2);
        assertThat(service.searchPrincipals("zzqx", 10)).isEmpty();
    }

    @Test
    @DisplayName("the picker never offers a shared mailbox account, including one just created")
    void searchNeverOffersSharedMailboxAccounts() {
        assertThat(ids(service.searchPrincipals("ontvangst", 25))).doesNotContain(RECEPTIE32);
        assertThat(ids(service.searchPrincipals("receptie32", 25))).doesNotContain(RECEPTIE32);
        assertThat(ids(service.searchPrincipals("factu", 25))).doesNotContain(FACTUREN);

        Mailbox created = service.createSharedMailbox(
                        new NewSharedMailbox("Ontvangst Zuid", "ontvangst.zuid", "contoso.com"))
                .mailbox();
        assertThat(created.isReady()).as("still being made").isFalse();
        List<String> account = List.of(created.id(), created.account().userId());
        assertThat(ids(service.searchPrincipals("ontvangst", 25))).doesNotContainAnyElementsOf(account);
        assertThat(ids(service.searchPrincipals("ontvangst.zuid", 25))).doesNotContainAnyElementsOf(account);
        finishProvisioning();
        assertThat(ids(service.searchPrincipals("ontvangst z", 25))).doesNotContainAnyElementsOf(account);
        assertThat(ids(service.searchPrincipals("ontvangst", 25))).doesNotContainAnyElementsOf(account);
    }

    @Test
    @DisplayName("a person whose mailbox is converted to shared is no longer offered by the picker")
    void searchDropsConvertedMailboxAccounts() {
        assertThat(ids(service.searchPrincipals("sanne", 10))).containsExactly(SANNE_MAILBOX);

        service.convertToShared(SANNE_MAILBOX);

        assertThat(ids(service.searchPrincipals("sanne", 10))).isEmpty();
        assertThat(ids(service.searchPrincipals("sanne w", 10))).isEmpty();
    }

    @Test
    @DisplayName("the directory's first people come by display name, at most the limit asked")
    void firstPeopleByName() {
        List<Person> first = service.people(5);

        assertThat(first).hasSize(5);
        assertThat(first)
                .extracting(Person::displayName)
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ROOT));
        assertThat(service.people(1000))
                .hasSizeGreaterThan(20)
                .extracting(Person::id)
                .contains(FLIP, GER, MEGAN);
        assertThat(service.people(0)).isEmpty();
    }

    @Test
    @DisplayName("the directory's first people are people: never a shared mailbox's account, nor a converted one's")
    void firstPeopleAreNeverSharedMailboxAccounts() {
        assertThat(service.people(1000))
                .extracting(Person::id)
                .contains(FLIP, SANNE_MAILBOX)
                .doesNotContain(RECEPTIE32, FACTUREN);

        service.convertToShared(SANNE_MAILBOX);

        assertThat(service.people(1000)).extracting(Person::id).contains(FLIP).doesNotContain(SANNE_MAILBOX);
    }

    @Test
    @DisplayName("a shared mailbox's own account is told from a person's, also once a person's mailbox is converted")
    void mailboxAccountsAreToldFromPeople() {
        assertThat(service.isMailboxAccount(RECEPTIE32)).isTrue();
        assertThat(service.isMailboxAccount(FACTUREN)).isTrue();
        assertThat(service.isMailboxAccount(FLIP)).isFalse();
        assertThat(service.isMailboxAccount(SANNE_MAILBOX)).isFalse();

        service.convertToShared(SANNE_MAILBOX);

        assertThat(service.isMailboxAccount(SANNE_MAILBOX)).isTrue();
    }

    // --- groups

    @Test
    @DisplayName("Marketing Team is a security group with its four members")
    void groupAndMembers() {
        Group team = service.group(MARKETING_TEAM).orElseThrow();
        assertThat(team.displayName()).isEqualTo("Marketing Team");
        assertThat(team.isSecurityGroup()).isTrue();
        assertThat(service.membersOf(MARKETING_TEAM))
                .extracting(Person::id)
                .containsExactlyInAnyOrder(MIRIAM, EMILIE, FATIMA, ALEX);
        assertThat(service.group(PROJECT_ZUID).orElseThrow().kind()).isEqualTo(Group.Kind.MICROSOFT_365);
    }

    @Test
    @DisplayName("an unknown group is not found; its members: GROUP_NOT_FOUND")
    void unknownGroup() {
        assertThat(service.group("00000000-0000-0000-0000-000000000002")).isEmpty();
        assertProblem(() -> service.membersOf("00000000-0000-0000-0000-000000000002"), Problem.GROUP_NOT_FOUND);
    }

    // --- mailboxes

    @Test
    @DisplayName(
            "the shared mailboxes are Ontvangstgebouw 32, Facturen, Klantenservice and Projectarchief, not the user mailboxes")
    void sharedMailboxes() {
        assertThat(service.sharedMailboxes())
                .extracting(Mailbox::id)
                .containsExactlyInAnyOrder(RECEPTIE32, FACTUREN, KLANTENSERVICE, PROJECTARCHIEF);
        assertThat(service.sharedMailboxes()).allMatch(Mailbox::isShared);
    }

    @Test
    @DisplayName("a mailbox is found by id, by address in any case, by a secondary address and by alias")
    void mailboxLookup() {
        assertThat(service.mailbox(RECEPTIE32)).map(Mailbox::primarySmtpAddress).contains(RECEPTIE32_ADDRESS);
        assertThat(service.mailbox("Receptie32@Contoso.com")).map(Mailbox::id).contains(RECEPTIE32);
        assertThat(service.mailbox(RECEPTIE32_OTHER_ADDRESS)).map(Mailbox::id).contains(RECEPTIE32);
        assertThat(service.mailbox("receptie32")).map(Mailbox::id).contains(RECEPTIE32);
        assertThat(service.mailbox("nobody@contoso.com")).isEmpty();
    }

    @Test
    @DisplayName("Ontvangstgebouw 32 is shared, ready, visible, sign-in blocked and unlicensed")
    void receptie32() {
        Mailbox m = service.mailbox(RECEPTIE32).orElseThrow();
        assertThat(m.displayName()).isEqualTo("Ontvangstgebouw 32");
        assertThat(m.alias()).isEqualTo("receptie32");
        assertThat(m.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(m.isReady()).isTrue();
        assertThat(m.hiddenFromAddressLists()).isFalse();
        assertThat(m.account().signInBlocked()).isTrue();
        assertThat(m.account().licences()).isEmpty();
        assertThat(service.mailbox(FACTUREN).orElseThrow().hiddenFromAddressLists())
                .isTrue();
    }

    @Test
    @DisplayName("user mailboxes report their licences, whether assigned by a group, and their storage")
    void userMailboxes() {
        Mailbox sanne = service.mailbox(SANNE_MAILBOX).orElseThrow();
        assertThat(sanne.kind()).isEqualTo(MailboxKind.USER);
        assertThat(sanne.account().licences())
                .extracting(Licence::skuId, Licence::skuPartNumber, Licence::assignedByGroup)
                .containsExactly(tuple(EXCHANGESTANDARD, "EXCHANGESTANDARD", false));
        assertThat(service.mailbox(JOHANNA_MAILBOX).orElseThrow().account().licences())
                .extracting(Licence::skuId, Licence::assignedByGroup)
                .containsExactly(tuple(SPE_E3, true));
        assertThat(service.mailbox(HENK_MAILBOX).orElseThrow().storage().needsLicence())
                .isTrue();
        assertThat(sanne.storage().needsLicence()).isFalse();
    }

    @Test
    @DisplayName("an address is in use when any recipient has it: mailbox, secondary address, person, group")
    void addressInUse() {
        assertThat(service.addressInUse(RECEPTIE32_ADDRESS)).isTrue();
        assertThat(service.addressInUse("RECEPTIE32@CONTOSO.COM")).isTrue();
        assertThat(service.addressInUse(RECEPTIE32_OTHER_ADDRESS)).isTrue();
        assertThat(service.addressInUse("flip.schoonen@contoso.com")).isTrue();
        assertThat(service.addressInUse("marketingteam@contoso.com")).isTrue();
        assertThat(service.addressInUse("receptie33@contoso.com")).isFalse();
    }

    // --- create

    @Test
    @DisplayName("a new shared mailbox: MADE, shared, unhidden, sign-in allowed, no licence, and findable")
    void createSharedMailbox() {
        Created created =
                service.createSharedMailbox(new NewSharedMailbox("Ontvangst Zuid", "ontvangst.zuid", "contoso.nl"));
        assertThat(created.change()).isEqualTo(Change.MADE);
        Mailbox m = created.mailbox();
        assertThat(m.displayName()).isEqualTo("Ontvangst Zuid");
        assertThat(m.alias()).isEqualTo("ontvangst.zuid");
        assertThat(m.primarySmtpAddress()).isEqualTo("ontvangst.zuid@contoso.nl");
        assertThat(m.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(m.hiddenFromAddressLists()).isFalse();
        assertThat(m.account().signInBlocked()).isFalse();
        assertThat(m.account().licences()).isEmpty();
        assertThat(service.addressInUse("ontvangst.zuid@contoso.nl")).isTrue();
        assertThat(service.mailbox("ontvangst.zuid@contoso.nl"))
                .map(Mailbox::id)
                .contains(m.id());
        assertThat(service.sharedMailboxes()).extracting(Mailbox::id).contains(m.id());
        finishProvisioning();
        assertThat(service.mailbox(m.id()).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
    }

    @Test
    @DisplayName("creating exactly the same mailbox again: ALREADY_SO with the same mailbox, no second one")
    void createTwice() {
        NewSharedMailbox request = new NewSharedMailbox("Ontvangst Zuid", "ontvangst.zuid", "contoso.com");
        Created first = service.createSharedMailbox(request);
        Created second = service.createSharedMailbox(request);
        assertThat(second.change()).isEqualTo(Change.ALREADY_SO);
        assertThat(second.mailbox().id()).isEqualTo(first.mailbox().id());
        assertThat(service.sharedMailboxes())
                .filteredOn(m -> m.primarySmtpAddress().equals("ontvangst.zuid@contoso.com"))
                .hasSize(1);
    }

    @Test
    @DisplayName("an invalid alias: ALIAS_INVALID, nothing created")
    void createWithInvalidAlias() {
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Ontvangst", "ont vangst", "contoso.com")),
                Problem.ALIAS_INVALID);
    }

    @Test
    @DisplayName("a blank display name: DISPLAY_NAME_INVALID, nothing created")
    void createWithBlankName() {
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("  ", "ontvangst", "contoso.com")),
                Problem.DISPLAY_NAME_INVALID);
    }

    @Test
    @DisplayName("a domain that is not accepted: DOMAIN_NOT_ACCEPTED, nothing created")
    void createOnUnknownDomain() {
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Ontvangst", "ontvangst", "fabrikam.com")),
                Problem.DOMAIN_NOT_ACCEPTED);
        assertThat(service.addressInUse("ontvangst@fabrikam.com")).isFalse();
    }

    @Test
    @DisplayName("an address another mailbox has, under another name: ADDRESS_TAKEN, nothing created")
    void createOnTakenAddress() {
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Receptie", "receptie32", "contoso.com")),
                Problem.ADDRESS_TAKEN);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().displayName()).isEqualTo("Ontvangstgebouw 32");
    }

    @Test
    @DisplayName("an address a person, a group or a secondary address has: ADDRESS_TAKEN")
    void createOnAddressOfOtherRecipient() {
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Flip", "flip.schoonen", "contoso.com")),
                Problem.ADDRESS_TAKEN);
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Marketing", "marketingteam", "contoso.com")),
                Problem.ADDRESS_TAKEN);
        assertUnchangedAfter(
                () -> service.createSharedMailbox(new NewSharedMailbox("Ontvangst 32", "ontvangst32", "contoso.nl")),
                Problem.ADDRESS_TAKEN);
    }

    @Test
    @DisplayName("a hybrid organisation: HYBRID_ORGANISATION, nothing created")
    void createInHybridOrganisation() {
        MailboxService hybrid = newHybridService();
        assertThat(hybrid.organisation().hybrid()).isTrue();
        int before = hybrid.sharedMailboxes().size();
        assertProblem(
                () -> hybrid.createSharedMailbox(new NewSharedMailbox("Ontvangst", "ontvangst", "contoso.com")),
                Problem.HYBRID_ORGANISATION);
        assertThat(hybrid.sharedMailboxes()).hasSize(before);
        assertThat(hybrid.addressInUse("ontvangst@contoso.com")).isFalse();
    }

    // --- provisioning

    @Test
    @DisplayName("until provisioning ends, granting and revoking: MAILBOX_NOT_READY; afterwards they work")
    void notReadyUntilProvisioned() {
        Mailbox m = service.createSharedMailbox(
                        new NewSharedMailbox("Ontvangst Noord", "ontvangst.noord", "contoso.com"))
                .mailbox();
        assertThat(m.state()).isEqualTo(ProvisioningState.PROVISIONING);
        assertProblem(() -> service.grant(m.id(), FLIP, Right.FULL_ACCESS, true), Problem.MAILBOX_NOT_READY);
        assertProblem(() -> service.revoke(m.id(), FLIP, Right.FULL_ACCESS), Problem.MAILBOX_NOT_READY);
        finishProvisioning();
        assertThat(service.grant(m.id(), FLIP, Right.FULL_ACCESS, true)).isEqualTo(Change.MADE);
        assertThat(service.delegates(m.id()))
                .extracting(PermissionGrant::trusteeId, PermissionGrant::right)
                .containsExactly(tuple(FLIP, Right.FULL_ACCESS));
    }

    // --- delegates

    @Test
    @DisplayName("the delegates of Ontvangstgebouw 32 are listed with names and rights, automapping only where known")
    void seededDelegates() {
        assertThat(service.delegates(RECEPTIE32))
                .extracting(
                        PermissionGrant::trusteeId,
                        PermissionGrant::trusteeName,
                        PermissionGrant::right,
                        PermissionGrant::autoMapping)
                .containsExactlyInAnyOrder(
                        tuple(FLIP, "Flip Schoonen", Right.FULL_ACCESS, madeElsewhere(true)),
                        tuple(FLIP, "Flip Schoonen", Right.SEND_AS, AutoMapping.OFF),
                        tuple(ANOUK, "Anouk Smit", Right.FULL_ACCESS, madeElsewhere(true)),
                        tuple(ANOUK, "Anouk Smit", Right.SEND_ON_BEHALF, AutoMapping.OFF),
                        tuple(GER, "Ger Verbeek", Right.FULL_ACCESS, madeElsewhere(false)));
    }

    @Test
    @DisplayName("each right can be granted once: MADE, then ALREADY_SO")
    void grantEachRight() {
        for (Right right : Right.values()) {
            assertThat(service.grant(RECEPTIE32, BRAM, right, false))
                    .as("%s first", right)
                    .isEqualTo(Change.MADE);
            assertThat(service.grant(RECEPTIE32, BRAM, right, false))
                    .as("%s again", right)
                    .isEqualTo(Change.ALREADY_SO);
        }
        assertThat(rightsOf(RECEPTIE32, BRAM)).containsExactlyInAnyOrder(Right.values());
    }

    @Test
    @DisplayName("Send As and Send on Behalf are separate rights")
    void sendAsIsNotSendOnBehalf() {
        service.grant(RECEPTIE32, BRAM, Right.SEND_AS, false);
        assertThat(rightsOf(RECEPTIE32, BRAM)).containsExactly(Right.SEND_AS);
        service.grant(RECEPTIE32, PIETER, Right.SEND_ON_BEHALF, false);
        assertThat(rightsOf(RECEPTIE32, PIETER)).containsExactly(Right.SEND_ON_BEHALF);
        assertThat(service.revoke(RECEPTIE32, FLIP, Right.SEND_ON_BEHALF)).isEqualTo(Change.ALREADY_SO);
        assertThat(rightsOf(RECEPTIE32, FLIP)).containsExactlyInAnyOrder(Right.FULL_ACCESS, Right.SEND_AS);
    }

    @Test
    @DisplayName("Full Access keeps the automapping it was given: granted again it changes nothing; removed and given"
            + " again, it takes the new one")
    void autoMapping() {
        service.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false);
        service.grant(RECEPTIE32, PIETER, Right.FULL_ACCESS, true);
        assertThat(fullAccessOf(RECEPTIE32, BRAM).autoMapping()).isEqualTo(AutoMapping.OFF);
        assertThat(fullAccessOf(RECEPTIE32, PIETER).autoMapping()).isEqualTo(AutoMapping.ON);
        assertThat(service.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true)).isEqualTo(Change.ALREADY_SO);
        assertThat(fullAccessOf(RECEPTIE32, BRAM).autoMapping()).isEqualTo(AutoMapping.OFF);
        assertThat(service.grant(RECEPTIE32, GER, Right.FULL_ACCESS, true))
                .as("a grant made elsewhere is not made again")
                .isEqualTo(Change.ALREADY_SO);
        assertThat(fullAccessOf(RECEPTIE32, GER).autoMapping()).isEqualTo(madeElsewhere(false));

        service.revoke(RECEPTIE32, BRAM, Right.FULL_ACCESS);
        assertThat(service.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, true)).isEqualTo(Change.MADE);
        assertThat(fullAccessOf(RECEPTIE32, BRAM).autoMapping()).isEqualTo(AutoMapping.ON);
        assertThat(rightsOf(RECEPTIE32, BRAM)).containsExactly(Right.FULL_ACCESS);
        service.revoke(RECEPTIE32, GER, Right.FULL_ACCESS);
        service.grant(RECEPTIE32, GER, Right.FULL_ACCESS, false);
        assertThat(fullAccessOf(RECEPTIE32, GER).autoMapping())
                .as("once the bot has set it, it is known")
                .isEqualTo(AutoMapping.OFF);
    }

    @Test
    @DisplayName("a right can be granted to a security group")
    void grantToGroup() {
        assertThat(service.grant(FACTUREN, MARKETING_TEAM, Right.SEND_AS, false))
                .isEqualTo(Change.MADE);
        assertThat(service.delegates(FACTUREN))
                .extracting(PermissionGrant::trusteeId, PermissionGrant::trusteeName, PermissionGrant::right)
                .contains(tuple(MARKETING_TEAM, "Marketing Team", Right.SEND_AS));
    }

    @Test
    @DisplayName("a group's Full Access and Send As are told as a group's, never automapped even when asked;"
            + " a person's as a person's")
    void groupGrantsAreToldAsAGroups() {
        assertThat(service.grant(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS, true))
                .isEqualTo(Change.MADE);
        assertThat(service.grant(RECEPTIE32, MARKETING_TEAM, Right.SEND_AS, false))
                .isEqualTo(Change.MADE);
        assertThat(service.delegates(RECEPTIE32))
                .filteredOn(grant -> grant.trusteeId().equals(MARKETING_TEAM))
                .extracting(PermissionGrant::right, PermissionGrant::autoMapping, PermissionGrant::group)
                .containsExactly(
                        tuple(Right.FULL_ACCESS, AutoMapping.OFF, true), tuple(Right.SEND_AS, AutoMapping.OFF, true));
        assertThat(service.delegates(RECEPTIE32))
                .filteredOn(grant -> !grant.trusteeId().equals(MARKETING_TEAM))
                .isNotEmpty()
                .allSatisfy(grant -> assertThat(grant.group()).isFalse());
    }

    @Test
    @DisplayName(
            "granting in a batch: one outcome per right in the order asked; held ones ALREADY_SO, an unknown person fails alone")
    void grantAll() {
        String nobody = "00000000-0000-0000-0000-000000000003";
        List<RightToGrant> asked = List.of(
                new RightToGrant(BRAM, Right.FULL_ACCESS, true),
                new RightToGrant(FLIP, Right.SEND_AS, false),
                new RightToGrant(nobody, Right.SEND_AS, false),
                new RightToGrant(BRAM, Right.SEND_AS, false),
                new RightToGrant(PIETER, Right.SEND_ON_BEHALF, false),
                new RightToGrant(ANOUK, Right.SEND_ON_BEHALF, false),
                new RightToGrant(MARKETING_TEAM, Right.SEND_ON_BEHALF, false),
                new RightToGrant(GER, Right.FULL_ACCESS, true));
        List<GrantOutcome> outcomes = service.grantAll(RECEPTIE32, asked);

        assertThat(outcomes).extracting(GrantOutcome::asked).containsExactlyElementsOf(asked);
        assertThat(outcomes)
                .extracting(o -> o instanceof GrantOutcome.Applied a
                        ? a.change().name()
                        : ((GrantOutcome.Failed) o).failure().problem().name())
                .containsExactly(
                        "MADE", "ALREADY_SO", "PERSON_NOT_FOUND", "MADE", "MADE", "ALREADY_SO", "MADE", "ALREADY_SO");
        assertThat(rightsOf(RECEPTIE32, BRAM)).containsExactlyInAnyOrder(Right.FULL_ACCESS, Right.SEND_AS);
        assertThat(fullAccessOf(RECEPTIE32, BRAM).autoMapping()).isEqualTo(AutoMapping.ON);
        assertThat(rightsOf(RECEPTIE32, PIETER)).containsExactly(Right.SEND_ON_BEHALF);
        assertThat(rightsOf(RECEPTIE32, MARKETING_TEAM)).containsExactly(Right.SEND_ON_BEHALF);
        assertThat(fullAccessOf(RECEPTIE32, GER).autoMapping())
                .as("Ger had Full Access without automapping, and keeps it as it was")
                .isEqualTo(madeElsewhere(false));
        assertThat(service.grantAll(RECEPTIE32, asked))
                .extracting(
                        o -> o instanceof GrantOutcome.Applied a ? a.change().name() : "FAILED")
                .containsExactly(
                        "ALREADY_SO",
                        "ALREADY_SO",
                        "FAILED",
                        "ALREADY_SO",
                        "ALREADY_SO",
                        "ALREADY_SO",
                        "ALREADY_SO",
                        "ALREADY_SO");
    }

    @Test
    @DisplayName("a batch tells of each right as its outcome is known: every distinct right once, failures included")
    void grantAllTellsEachOutcome() {
        List<RightToGrant> asked = List.of(
                new RightToGrant(BRAM, Right.FULL_ACCESS, true),
                new RightToGrant(BRAM, Right.SEND_AS, false),
                new RightToGrant(FLIP, Right.FULL_ACCESS, true),
                new RightToGrant(ANOUK, Right.SEND_ON_BEHALF, false),
                new RightToGrant("00000000-0000-0000-0000-000000000001", Right.SEND_AS, false));
        List<GrantOutcome> told = new java.util.concurrent.CopyOnWriteArrayList<>();

        List<GrantOutcome> outcomes = service.grantAll(RECEPTIE32, asked, told::add);

        assertThat(told).containsExactlyInAnyOrderElementsOf(outcomes);
    }

    @Test
    @DisplayName("granting in a batch on an unknown or unready mailbox: every right fails with that problem")
    void grantAllOnUnknownMailbox() {
        List<RightToGrant> asked = List.of(
                new RightToGrant(BRAM, Right.FULL_ACCESS, true), new RightToGrant(PIETER, Right.SEND_ON_BEHALF, false));
        assertThat(service.grantAll("nobody@contoso.com", asked))
                .allSatisfy(o -> assertThat(o)
                        .isInstanceOfSatisfying(
                                GrantOutcome.Failed.class,
                                f -> assertThat(f.failure().problem()).isEqualTo(Problem.MAILBOX_NOT_FOUND)));
        Mailbox m = service.createSharedMailbox(new NewSharedMailbox("Ontvangst West", "ontvangst.west", "contoso.com"))
                .mailbox();
        assertThat(service.grantAll(m.id(), asked))
                .allSatisfy(o -> assertThat(o)
                        .isInstanceOfSatisfying(
                                GrantOutcome.Failed.class,
                                f -> assertThat(f.failure().problem()).isEqualTo(Problem.MAILBOX_NOT_READY)));
        assertThat(service.grantAll(m.id(), List.of())).isEmpty();
    }

    @Test
    @DisplayName("revoking a held right: MADE and gone; revoking it again: ALREADY_SO")
    void revoke() {
        assertThat(service.revoke(RECEPTIE32, FLIP, Right.SEND_AS)).isEqualTo(Change.MADE);
        assertThat(rightsOf(RECEPTIE32, FLIP)).containsExactly(Right.FULL_ACCESS);
        assertThat(service.revoke(RECEPTIE32, FLIP, Right.SEND_AS)).isEqualTo(Change.ALREADY_SO);
        assertThat(service.revoke(RECEPTIE32, GER, Right.FULL_ACCESS)).isEqualTo(Change.MADE);
        assertThat(rightsOf(RECEPTIE32, GER)).isEmpty();
    }

    @Test
    @DisplayName("granting on an unknown mailbox: MAILBOX_NOT_FOUND; to an unknown person: PERSON_NOT_FOUND")
    void grantUnknowns() {
        assertProblem(
                () -> service.grant("nobody@contoso.com", FLIP, Right.FULL_ACCESS, true), Problem.MAILBOX_NOT_FOUND);
        assertProblem(
                () -> service.grant(RECEPTIE32, "00000000-0000-0000-0000-000000000003", Right.SEND_AS, false),
                Problem.PERSON_NOT_FOUND);
        assertProblem(() -> service.delegates("nobody@contoso.com"), Problem.MAILBOX_NOT_FOUND);
        assertThat(service.delegates(RECEPTIE32)).hasSize(5);
    }

    // --- sign-in, address lists

    @Test
    @DisplayName("blocking sign-in: MADE, then ALREADY_SO; unblocking: MADE")
    void signIn() {
        assertThat(service.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isFalse();
        assertThat(service.setSignInBlocked(FACTUREN, true)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isTrue();
        assertThat(service.setSignInBlocked(FACTUREN, true)).isEqualTo(Change.ALREADY_SO);
        assertThat(service.setSignInBlocked(FACTUREN, false)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isFalse();
        assertProblem(() -> service.setSignInBlocked("nobody@contoso.com", true), Problem.MAILBOX_NOT_FOUND);
    }

    @Test
    @DisplayName("hiding from address lists: MADE, then ALREADY_SO; showing again: MADE")
    void hideAndShow() {
        assertThat(service.setHiddenFromAddressLists(RECEPTIE32, true)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().hiddenFromAddressLists())
                .isTrue();
        assertThat(service.setHiddenFromAddressLists(RECEPTIE32, true)).isEqualTo(Change.ALREADY_SO);
        assertThat(service.setHiddenFromAddressLists(FACTUREN, false)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(FACTUREN).orElseThrow().hiddenFromAddressLists())
                .isFalse();
    }

    // --- Sent Items copies

    @Test
    @DisplayName("a mailbox tells whether it keeps copies of what is sent as it and on its behalf; neither by default")
    void sentItemsCopiesAreRead() {
        assertThat(service.mailbox(KLANTENSERVICE).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.BOTH);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.NONE);
    }

    @Test
    @DisplayName("keeping copies in Sent Items: MADE, then ALREADY_SO; one of the two, then neither: MADE each")
    void sentItemsCopiesAreSwitched() {
        assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
        assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH)).isEqualTo(Change.ALREADY_SO);

        SentItemsCopies onlySentAs = new SentItemsCopies(true, false);
        assertThat(service.setSentItemsCopies(RECEPTIE32, onlySentAs)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(onlySentAs);
        assertThat(service.setSentItemsCopies(KLANTENSERVICE, SentItemsCopies.NONE))
                .isEqualTo(Change.MADE);
        assertThat(service.mailbox(KLANTENSERVICE).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.NONE);
    }

    @Test
    @DisplayName("Sent Items copies are refused for a mailbox that is not there or not shared, and nothing changes")
    void sentItemsCopiesOnlyForSharedMailboxes() {
        assertProblem(
                () -> service.setSentItemsCopies("nobody@contoso.com", SentItemsCopies.BOTH),
                Problem.MAILBOX_NOT_FOUND);
        assertProblem(
                () -> service.setSentItemsCopies(SANNE_MAILBOX, SentItemsCopies.BOTH), Problem.NOT_A_SHARED_MAILBOX);
        assertThat(service.mailbox(SANNE_MAILBOX).orElseThrow().sentItemsCopies())
                .isEqualTo(SentItemsCopies.NONE);
    }

    @Test
    @DisplayName("a throttled change of the Sent Items copies is made once the wait has passed, or THROTTLED with the"
            + " wait; asked again, the mailbox ends as asked")
    void throttledSentItemsChange() {
        throttleNext(Call.SET_SENT_ITEMS_COPIES, Duration.ofSeconds(1));

        try {
            assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH))
                    .isEqualTo(Change.MADE);
        } catch (MailboxException.Throttled throttled) {
            assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies())
                    .isEqualTo(SentItemsCopies.NONE);
            assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH))
                    .isEqualTo(Change.MADE);
        }
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
    }

    @Test
    @DisplayName("a change of the Sent Items copies whose answer was lost is MADE, or a failure that may pass after"
            + " which asking again finds it made; never a refusal, and the mailbox ends as asked")
    void sentItemsChangeWithALostAnswer() {
        loseAnswerOfNext(Call.SET_SENT_ITEMS_COPIES);

        try {
            assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH))
                    .isEqualTo(Change.MADE);
        } catch (MailboxException lost) {
            assertThat(lost.isTransient()).isTrue();
            assertThat(service.setSentItemsCopies(RECEPTIE32, SentItemsCopies.BOTH))
                    .isEqualTo(Change.ALREADY_SO);
        }
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().sentItemsCopies()).isEqualTo(SentItemsCopies.BOTH);
    }

    // --- convert, licences

    @Test
    @DisplayName("converting a user mailbox makes it shared and keeps its licence until removed")
    void convert() {
        assertThat(service.convertToShared(SANNE_MAILBOX)).isEqualTo(Change.MADE);
        Mailbox sanne = service.mailbox(SANNE_MAILBOX).orElseThrow();
        assertThat(sanne.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(sanne.account().licences()).extracting(Licence::skuId).containsExactly(EXCHANGESTANDARD);
        assertThat(service.sharedMailboxes()).extracting(Mailbox::id).contains(SANNE_MAILBOX);
    }

    @Test
    @DisplayName("converting a mailbox that is already shared: ALREADY_SHARED; an unknown one: MAILBOX_NOT_FOUND")
    void convertRefusals() {
        assertProblem(() -> service.convertToShared(RECEPTIE32), Problem.ALREADY_SHARED);
        assertProblem(() -> service.convertToShared("nobody@contoso.com"), Problem.MAILBOX_NOT_FOUND);
    }

    @Test
    @DisplayName("the licence of a small converted mailbox can be removed once; then LICENCE_NOT_ASSIGNED")
    void removeLicence() {
        service.convertToShared(SANNE_MAILBOX);
        assertThat(service.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(SANNE_MAILBOX).orElseThrow().account().licences())
                .isEmpty();
        assertProblem(() -> service.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD), Problem.LICENCE_NOT_ASSIGNED);
    }

    @Test
    @DisplayName("a licence that is not assigned: LICENCE_NOT_ASSIGNED")
    void removeLicenceNotAssigned() {
        assertProblem(() -> service.removeLicence(RECEPTIE32, EXCHANGESTANDARD), Problem.LICENCE_NOT_ASSIGNED);
    }

    @Test
    @DisplayName("a mailbox over 50 GB or on hold keeps its licence: LICENCE_STILL_NEEDED")
    void removeLicenceStillNeeded() {
        service.convertToShared(HENK_MAILBOX);
        assertProblem(() -> service.removeLicence(HENK_MAILBOX, SPE_E3), Problem.LICENCE_STILL_NEEDED);
        assertThat(service.mailbox(HENK_MAILBOX).orElseThrow().account().licences())
                .extracting(Licence::skuId)
                .containsExactly(SPE_E3);
    }

    @Test
    @DisplayName("a licence assigned through a group: LICENCE_ASSIGNED_BY_GROUP")
    void removeLicenceAssignedByGroup() {
        service.convertToShared(JOHANNA_MAILBOX);
        assertProblem(() -> service.removeLicence(JOHANNA_MAILBOX, SPE_E3), Problem.LICENCE_ASSIGNED_BY_GROUP);
        assertThat(service.mailbox(JOHANNA_MAILBOX).orElseThrow().account().licences())
                .extracting(Licence::skuId)
                .containsExactly(SPE_E3);
    }

    // --- calendar

    @Test
    @DisplayName("an added event is listed among the upcoming events, in order of start")
    void calendar() {
        CalendarEvent later =
                service.addEvent(RECEPTIE32, "Brandoefening", MEETING.plusHours(5), MEETING.plusHours(6), "Hal");
        CalendarEvent first = service.addEvent(RECEPTIE32, "Bezoek", MEETING, MEETING.plusHours(1), "Ontvangsthal");
        assertThat(first.id()).isNotBlank();
        assertThat(first.subject()).isEqualTo("Bezoek");
        assertThat(first.location()).isEqualTo("Ontvangsthal");
        assertThat(service.upcomingEvents(RECEPTIE32, MEETING.minusHours(1), 10))
                .extracting(CalendarEvent::subject)
                .containsExactly("Bezoek", "Brandoefening");
        assertThat(service.upcomingEvents(RECEPTIE32, MEETING.minusHours(1), 1))
                .extracting(CalendarEvent::id)
                .containsExactly(first.id());
        assertThat(service.upcomingEvents(RECEPTIE32, MEETING.plusHours(2), 10))
                .extracting(CalendarEvent::id)
                .containsExactly(later.id());
        assertThat(service.upcomingEvents(RECEPTIE32, MEETING.plusHours(2), 10)
                        .get(0)
                        .start())
                .isAtSameInstantAs(MEETING.plusHours(5));
    }

    // --- pages and finding, at the size of a real tenant

    @Test
    @DisplayName("shared mailboxes come in pages of the size asked, every one once, the last page without a next")
    void pagesOfSharedMailboxes() {
        MailboxService big = newServiceAtScale(45, 60);
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Optional<String> after = java.util.Optional.empty();
        int pages = 0;
        do {
            MailboxPage page = big.sharedMailboxes(20, after);
            assertThat(page.mailboxes()).hasSizeLessThanOrEqualTo(20);
            page.mailboxes()
                    .forEach(entry -> assertThat(seen.add(entry.id()))
                            .as("seen once: " + entry)
                            .isTrue());
            after = page.next();
            pages++;
        } while (after.isPresent() && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .hasSize(49)
                .contains(RECEPTIE32, FACTUREN, io.postkamer.mailbox.demo.ContosoAtScale.mailboxId(45));
    }

    @Test
    @DisplayName(
            "finding a shared mailbox by the start of its name, its alias or its address; user mailboxes are not found")
    void findSharedMailboxes() {
        MailboxService big = newServiceAtScale(45, 60);
        assertThat(big.findSharedMailboxes("Ontvangst", 5))
                .extracting(MailboxEntry::id)
                .containsExactly(RECEPTIE32);
        assertThat(big.findSharedMailboxes("gebouw", 5))
                .as("a later word of the name")
                .isEmpty();
        assertThat(big.findSharedMailboxes("receptie32@", 5))
                .extracting(MailboxEntry::id)
                .containsExactly(RECEPTIE32);
        assertThat(big.findSharedMailboxes("postvak0004", 20))
                .extracting(MailboxEntry::displayName)
                .containsExactly(
                        "Postvak 00040",
                        "Postvak 00041",
                        "Postvak 00042",
                        "Postvak 00043",
                        "Postvak 00044",
                        "Postvak 00045");
        assertThat(big.findSharedMailboxes("postvak", 3)).hasSize(3);
        assertThat(big.findSharedMailboxes("megan", 5)).as("a user mailbox").isEmpty();
        assertThat(big.findSharedMailboxes("", 5)).isEmpty();
    }

    @Test
    @DisplayName(
            "text no name, alias or address starts with (script, control characters, a foreign domain) finds nothing")
    void findSharedMailboxesRefusesWhatNoNameHas() {
        for (String typed : List.of(
                "marketing; Remove-Mailbox -Identity *",
                "$(Get-Mailbox)",
                "<script>",
                "..",
                "receptie32@evil.example",
                "\u202Ereceptie",
                "recep\u0000tie",
                "{{7*7}}",
                "\" -Name x")) {
            assertThat(service.findSharedMailboxes(typed, 5)).as(typed).isEmpty();
        }
        assertThat(service.findSharedMailboxes("receptie32@contoso", 5))
                .extracting(MailboxEntry::id)
                .containsExactly(RECEPTIE32);
        assertThat(service.findSharedMailboxes("Ontvangstgebouw 32 " + "x".repeat(200), 5))
                .isEmpty();
    }

    @Test
    @DisplayName("a group with hundreds of members is read whole")
    void bigGroup() {
        MailboxService big = newServiceAtScale(1, 300);
        assertThat(big.membersOf(io.postkamer.mailbox.demo.ContosoAtScale.BIG_GROUP))
                .hasSize(io.postkamer.mailbox.demo.ContosoAtScale.GROUP_MEMBERS);
    }

    @Test
    @DisplayName("an event ending before it starts, with no duration or without subject: EVENT_INVALID, not added")
    void invalidEvents() {
        assertProblem(
                () -> service.addEvent(RECEPTIE32, "Bezoek", MEETING, MEETING.minusHours(1), ""),
                Problem.EVENT_INVALID);
        assertProblem(() -> service.addEvent(RECEPTIE32, "Bezoek", MEETING, MEETING, ""), Problem.EVENT_INVALID);
        assertProblem(
                () -> service.addEvent(RECEPTIE32, " ", MEETING, MEETING.plusHours(1), ""), Problem.EVENT_INVALID);
        assertThat(service.upcomingEvents(RECEPTIE32, MEETING.minusDays(1), 10)).isEmpty();
    }

    @Test
    @DisplayName("the calendar of an unknown mailbox: MAILBOX_NOT_FOUND")
    void calendarOfUnknownMailbox() {
        assertProblem(
                () -> service.addEvent("nobody@contoso.com", "Bezoek", MEETING, MEETING.plusHours(1), ""),
                Problem.MAILBOX_NOT_FOUND);
        assertProblem(() -> service.upcomingEvents("nobody@contoso.com", MEETING, 10), Problem.MAILBOX_NOT_FOUND);
    }

    // --- the health of the shared mailboxes

    @Test
    @DisplayName("a health read has every shared mailbox with its sign-in, licences and size, and who stands behind"
            + " each right: a person who may sign in, one whose account is disabled, a deleted account, a group")
    void healthFacts() {
        TenantHealthFacts facts = service.healthFacts(HealthScan.wholeTenant());

        assertThat(facts.unread()).isEmpty();
        assertThat(facts.mailboxes())
                .extracting(SharedMailboxFacts::id)
                .containsExactly(FACTUREN, KLANTENSERVICE, RECEPTIE32, PROJECTARCHIEF);
        SharedMailboxFacts klantenservice = facts.of(KLANTENSERVICE).orElseThrow();
        Mailbox box = klantenservice.mailbox();
        assertThat(box.isShared()).isTrue();
        assertThat(box.isReady()).isTrue();
        assertThat(box.account().signInBlocked()).isFalse();
        assertThat(box.account().licences())
                .extracting(Licence::skuId, Licence::skuPartNumber, Licence::assignedByGroup)
                .containsExactly(tuple(EXCHANGESTANDARD, "EXCHANGESTANDARD", false));
        assertThat(box.storage()).isEqualTo(new MailboxStorage(6_657_199_308L, false, false));
        assertThat(klantenservice.permissions())
                .extracting(
                        HeldPermission::trusteeId,
                        HeldPermission::trusteeName,
                        HeldPermission::right,
                        HeldPermission::trustee)
                .containsExactlyInAnyOrder(
                        tuple(ISAIAH, "Isaiah Langer", Right.FULL_ACCESS, TrusteeStatus.ENABLED),
                        tuple(SANNE, "Sanne Willems", Right.FULL_ACCESS, TrusteeStatus.DISABLED),
                        tuple(MARKETING_TEAM, "Marketing Team", Right.FULL_ACCESS, TrusteeStatus.GROUP),
                        tuple(DELETED_ACCOUNT, DELETED_ACCOUNT, Right.SEND_AS, TrusteeStatus.DELETED));
        Mailbox facturen = facts.of(FACTUREN).orElseThrow().mailbox();
        assertThat(facturen.hiddenFromAddressLists()).isTrue();
        assertThat(facturen.account().signInBlocked()).isFalse();
        assertThat(facts.of(FACTUREN).orElseThrow().permissions())
                .extracting(HeldPermission::trusteeId, HeldPermission::right, HeldPermission::trustee)
                .containsExactlyInAnyOrder(
                        tuple(LEE, Right.FULL_ACCESS, TrusteeStatus.ENABLED),
                        tuple(PRADEEP, Right.FULL_ACCESS, TrusteeStatus.ENABLED),
                        tuple(PRADEEP, Right.SEND_AS, TrusteeStatus.ENABLED));
        assertThat(facts.of(RECEPTIE32).orElseThrow().permissions())
                .extracting(HeldPermission::trusteeId, HeldPermission::right, HeldPermission::trustee)
                .contains(tuple(ANOUK, Right.SEND_ON_BEHALF, TrusteeStatus.ENABLED));
        Mailbox archief = facts.of(PROJECTARCHIEF).orElseThrow().mailbox();
        assertThat(archief.storage().totalBytes()).isEqualTo(51_002_736_640L);
        assertThat(archief.account().licences()).isEmpty();
    }

    @Test
    @DisplayName("a health read says how far it is as it goes, ending with every mailbox found read")
    void healthReadTellsProgress() {
        List<int[]> told = new java.util.concurrent.CopyOnWriteArrayList<>();

        service.healthFacts(HealthScan.wholeTenant((read, found) -> told.add(new int[] {read, found})));

        assertThat(told).isNotEmpty();
        assertThat(told).allSatisfy(step -> assertThat(step[0]).isBetween(0, step[1]));
        assertThat(told.stream().mapToInt(step -> step[0]).max().orElseThrow()).isEqualTo(4);
        assertThat(told).allSatisfy(step -> assertThat(step[1]).isEqualTo(4));
    }

    @Test
    @DisplayName("one mailbox's health is read alone, by id or address; a user mailbox or no mailbox has none")
    void healthOfOneMailbox() {
        TenantHealthFacts whole = service.healthFacts(HealthScan.wholeTenant());

        TenantHealthFacts one = service.healthFacts(HealthScan.of("klantenservice@contoso.com"));

        assertThat(one.mailboxes()).containsExactly(whole.of(KLANTENSERVICE).orElseThrow());
        assertThat(service.healthFacts(HealthScan.of(KLANTENSERVICE)).mailboxes())
                .isEqualTo(one.mailboxes());
        assertThat(service.healthFacts(HealthScan.of(SANNE_MAILBOX)).mailboxes())
                .isEmpty();
        assertThat(service.healthFacts(HealthScan.of("nobody@contoso.com")).mailboxes())
                .isEmpty();
    }

    @Test
    @DisplayName("a deleted account's right is taken away by its security identifier, once: MADE, then ALREADY_SO;"
            + " the delegates never list it, and the health read no longer does")
    void deletedAccountsRightTakenAway() {
        assertThat(service.delegates(KLANTENSERVICE))
                .extracting(PermissionGrant::trusteeId)
                .doesNotContain(DELETED_ACCOUNT)
                .contains(ISAIAH, SANNE, MARKETING_TEAM);

        assertThat(service.revoke(KLANTENSERVICE, DELETED_ACCOUNT, Right.SEND_AS))
                .isEqualTo(Change.MADE);
        assertThat(service.revoke(KLANTENSERVICE, DELETED_ACCOUNT, Right.SEND_AS))
                .isEqualTo(Change.ALREADY_SO);
        assertThat(service.revoke(KLANTENSERVICE, DELETED_ACCOUNT, Right.FULL_ACCESS))
                .as("a right it never held")
                .isEqualTo(Change.ALREADY_SO);
        assertThat(service.healthFacts(HealthScan.of(KLANTENSERVICE))
                        .of(KLANTENSERVICE)
                        .orElseThrow()
                        .permissions())
                .extracting(HeldPermission::trusteeId)
                .doesNotContain(DELETED_ACCOUNT)
                .hasSize(3);
    }

    @Test
    @DisplayName("a disabled person's right is taken away like anyone's, and the health read no longer lists it")
    void disabledPersonsRightTakenAway() {
        assertThat(service.revoke(KLANTENSERVICE, SANNE, Right.FULL_ACCESS)).isEqualTo(Change.MADE);

        assertThat(service.healthFacts(HealthScan.of(KLANTENSERVICE))
                        .of(KLANTENSERVICE)
                        .orElseThrow()
                        .permissions())
                .noneMatch(held -> held.trustee() == TrusteeStatus.DISABLED);
    }

    @Test
    @DisplayName("a health read of a tenant of 120 more shared mailboxes has each of them, each trustee a person who"
            + " may sign in")
    void healthAtScale() {
        MailboxService big = newServiceAtScale(120, 300);

        TenantHealthFacts facts = big.healthFacts(HealthScan.wholeTenant());

        assertThat(facts.unread()).isEmpty();
        assertThat(facts.mailboxes()).hasSize(124);
        SharedMailboxFacts postvak =
                facts.of(io.postkamer.mailbox.demo.ContosoAtScale.mailboxId(7)).orElseThrow();
        assertThat(postvak.mailbox().account().signInBlocked()).isTrue();
        assertThat(postvak.permissions())
                .extracting(HeldPermission::right, HeldPermission::trustee)
                .containsExactlyInAnyOrder(
                        tuple(Right.FULL_ACCESS, TrusteeStatus.ENABLED), tuple(Right.SEND_AS, TrusteeStatus.ENABLED));
    }

    @Test
    @DisplayName("a throttled health read gives the whole facts once the wait has passed, or THROTTLED with the wait;"
            + " never part of the tenant")
    void throttledHealthRead() {
        TenantHealthFacts calm = service.healthFacts(HealthScan.wholeTenant());
        throttleNextHealthRead(Duration.ofSeconds(1));

        try {
            assertThat(service.healthFacts(HealthScan.wholeTenant())).isEqualTo(calm);
        } catch (MailboxException.Throttled throttled) {
            assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        }
        assertThat(service.healthFacts(HealthScan.wholeTenant())).isEqualTo(calm);
    }

    @Test
    @DisplayName("a health read with an answer lost gives the whole facts once asked again, or a failure that says it"
            + " may pass; never part of the tenant")
    void healthReadWithALostAnswer() {
        TenantHealthFacts calm = service.healthFacts(HealthScan.wholeTenant());
        loseAnAnswerOfNextHealthRead();

        try {
            assertThat(service.healthFacts(HealthScan.wholeTenant())).isEqualTo(calm);
        } catch (MailboxException failed) {
            assertThat(failed.isTransient()).isTrue();
        }
        assertThat(service.healthFacts(HealthScan.wholeTenant())).isEqualTo(calm);
    }

    // --- automatic replies and signing out everywhere

    @Test
    @DisplayName("an automatic reply is off until set; set with line breaks it reads back the same, set again is"
            + " ALREADY_SO, and switched off it is off")
    void automaticReply() {
        AutomaticReply away = AutomaticReply.saying("Flip Schoonen works here no longer.\nPlease write to Pieter"
                + " Jansen: pieter.jansen@contoso.com & he will help.");
        assertThat(service.automaticReply(FLIP_MAILBOX).enabled()).isFalse();

        assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.MADE);
        assertThat(service.automaticReply(FLIP_ADDRESS).sameAs(away)).isTrue();
        assertThat(AutomaticReply.plain(service.automaticReply(FLIP_MAILBOX).externalMessage()))
                .isEqualTo("Flip Schoonen works here no longer. Please write to Pieter Jansen:"
                        + " pieter.jansen@contoso.com & he will help.");
        assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.ALREADY_SO);

        assertThat(service.setAutomaticReply(FLIP_MAILBOX, AutomaticReply.OFF)).isEqualTo(Change.MADE);
        assertThat(service.automaticReply(FLIP_MAILBOX).enabled()).isFalse();
        assertThat(service.setAutomaticReply(FLIP_MAILBOX, AutomaticReply.OFF)).isEqualTo(Change.ALREADY_SO);
    }

    @Test
    @DisplayName("an automatic reply without words or over the limit: AUTOMATIC_REPLY_INVALID and nothing set;"
            + " an unknown mailbox: MAILBOX_NOT_FOUND")
    void automaticReplyRefused() {
        assertProblem(
                () -> service.setAutomaticReply(FLIP_MAILBOX, AutomaticReply.saying(" <p> </p> ")),
                Problem.AUTOMATIC_REPLY_INVALID);
        assertProblem(
                () -> service.setAutomaticReply(
                        FLIP_MAILBOX, AutomaticReply.saying("x".repeat(AutomaticReply.MAX_LENGTH + 1))),
                Problem.AUTOMATIC_REPLY_INVALID);
        assertThat(service.automaticReply(FLIP_MAILBOX).enabled()).isFalse();
        assertProblem(
                () -> service.setAutomaticReply("nobody@contoso.com", AutomaticReply.saying("Gone.")),
                Problem.MAILBOX_NOT_FOUND);
        assertProblem(() -> service.automaticReply("nobody@contoso.com"), Problem.MAILBOX_NOT_FOUND);
    }

    @Test
    @DisplayName("signing a mailbox's account out everywhere is MADE each time asked; an unknown mailbox:"
            + " MAILBOX_NOT_FOUND")
    void signOutEverywhere() {
        assertThat(service.signOutEverywhere(FLIP_MAILBOX)).isEqualTo(Change.MADE);
        assertThat(service.signOutEverywhere(FLIP_ADDRESS)).isEqualTo(Change.MADE);
        assertProblem(() -> service.signOutEverywhere("nobody@contoso.com"), Problem.MAILBOX_NOT_FOUND);
    }

    @Test
    @DisplayName("a throttled automatic reply is set once the wait has passed, or THROTTLED with the wait and unset;"
            + " a throttled read or sign-out the same")
    void throttledAutomaticReplyAndSignOut() {
        AutomaticReply away = AutomaticReply.saying("Gone; write to Pieter.");
        throttleNext(Call.SET_AUTOMATIC_REPLY, Duration.ofSeconds(1));
        try {
            assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.MADE);
        } catch (MailboxException.Throttled throttled) {
            assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            assertThat(service.automaticReply(FLIP_MAILBOX).enabled()).isFalse();
            assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.MADE);
        }
        throttleNext(Call.AUTOMATIC_REPLY, Duration.ofSeconds(1));
        try {
            assertThat(service.automaticReply(FLIP_MAILBOX).sameAs(away)).isTrue();
        } catch (MailboxException.Throttled throttled) {
            assertThat(service.automaticReply(FLIP_MAILBOX).sameAs(away)).isTrue();
        }
        throttleNext(Call.SIGN_OUT_EVERYWHERE, Duration.ofSeconds(1));
        try {
            assertThat(service.signOutEverywhere(FLIP_MAILBOX)).isEqualTo(Change.MADE);
        } catch (MailboxException.Throttled throttled) {
            assertThat(service.signOutEverywhere(FLIP_MAILBOX)).isEqualTo(Change.MADE);
        }
    }

    @Test
    @DisplayName("an automatic reply whose answer was lost is set, reported MADE or as a failure that may pass; asked"
            + " again it is ALREADY_SO, never set twice")
    void automaticReplyWithALostAnswer() {
        AutomaticReply away = AutomaticReply.saying("Gone; write to Pieter.");
        loseAnswerOfNext(Call.SET_AUTOMATIC_REPLY);
        try {
            assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.MADE);
        } catch (MailboxException failed) {
            assertThat(failed.isTransient()).isTrue();
        }
        assertThat(service.automaticReply(FLIP_MAILBOX).sameAs(away)).isTrue();
        assertThat(service.setAutomaticReply(FLIP_MAILBOX, away)).isEqualTo(Change.ALREADY_SO);
    }

    @Test
    @DisplayName("a sign-out whose answer was lost is MADE, or a failure that may pass and MADE when asked again")
    void signOutWithALostAnswer() {
        loseAnswerOfNext(Call.SIGN_OUT_EVERYWHERE);
        try {
            assertThat(service.signOutEverywhere(FLIP_MAILBOX)).isEqualTo(Change.MADE);
        } catch (MailboxException failed) {
            assertThat(failed.isTransient()).isTrue();
            assertThat(service.signOutEverywhere(FLIP_MAILBOX)).isEqualTo(Change.MADE);
        }
    }

    // --- helpers

    protected static void assertProblem(Executable call, Problem problem) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(MailboxException.class)
                .satisfies(e -> assertThat(((MailboxException) e).problem()).isEqualTo(problem));
    }

    private void assertUnchangedAfter(Executable call, Problem problem) {
        List<Mailbox> before = service.sharedMailboxes();
        assertProblem(call, problem);
        assertThat(service.sharedMailboxes()).isEqualTo(before);
    }

    private static List<String> ids(List<Principal> principals) {
        return principals.stream().map(Principal::id).toList();
    }

    private List<Right> rightsOf(String mailboxId, String trusteeId) {
        return service.delegates(mailboxId).stream()
                .filter(g -> g.trusteeId().equals(trusteeId))
                .map(PermissionGrant::right)
                .toList();
    }

    private PermissionGrant fullAccessOf(String mailboxId, String trusteeId) {
        return service.delegates(mailboxId).stream()
                .filter(g -> g.trusteeId().equals(trusteeId) && g.right() == Right.FULL_ACCESS)
                .findFirst()
                .orElseThrow();
    }
}
