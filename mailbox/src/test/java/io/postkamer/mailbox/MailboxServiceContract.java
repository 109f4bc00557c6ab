package io.postkamer.mailbox;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.CALENDAR_FROM;
import static io.postkamer.mailbox.Contoso.CREDITEUREN;
import static io.postkamer.mailbox.Contoso.DAAN_MAILBOX;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.ISAIAH;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.MEGAN_MAILBOX;
import static io.postkamer.mailbox.Contoso.NESTOR_MAILBOX;
import static io.postkamer.mailbox.Contoso.PATTI;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.RECEPTIE32_ADDRESS;
import static io.postkamer.mailbox.Contoso.RENEE;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static io.postkamer.mailbox.Contoso.SKU_EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.SKU_SPE_E3;
import static io.postkamer.mailbox.Contoso.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link MailboxService} does, seen from its caller. An implementation runs it by
 * subclassing: {@link #newService()} gives a service over a fresh tenant seeded from
 * {@code demo-tenant/contoso.json} (ids in {@link Contoso}); {@link #finishProvisioning()} lets every
 * mailbox created so far finish provisioning. A new shared mailbox must start PROVISIONING.
 */
public abstract class MailboxServiceContract {
    private static final String MARKETING = "marketing@contoso.com";

    protected MailboxService service;

    /** A service over a fresh tenant with the Contoso seed. */
    protected abstract MailboxService newService();

    /** Lets every mailbox created so far finish provisioning. */
    protected abstract void finishProvisioning();

    @BeforeEach
    void startFromTheSeed() {
        service = newService();
    }

    // --- the organisation

    @Test
    @DisplayName("The organisation is Contoso, not hybrid, with contoso.com as default domain and contoso.nl")
    void organisation() {
        Organisation organisation = service.organisation();

        assertThat(organisation.tenantId()).isEqualTo(Contoso.TENANT_ID);
        assertThat(organisation.displayName()).isEqualTo("Contoso");
        assertThat(organisation.hybrid()).isFalse();
        assertThat(organisation.acceptedDomains()).containsExactlyInAnyOrder(
                new AcceptedDomain("contoso.com", true), new AcceptedDomain("contoso.nl", false));
        assertThat(organisation.defaultDomain().name()).isEqualTo("contoso.com");
    }

    // --- people, roles, managers

    @Test
    @DisplayName("A person is found by id with name, user principal name, mail, department and job title")
    void personById() {
        Person megan = service.person(MEGAN).orElseThrow();

        assertThat(megan).isEqualTo(new Person(MEGAN, "Megan Bowen", "meganb@contoso.com", "meganb@contoso.com",
                "ICT", "Hoofd ICT"));
    }

    @Test
    @DisplayName("An unknown person id finds nobody")
    void unknownPerson() {
        assertThat(service.person("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    @DisplayName("Roles: Megan is Global Administrator, Adele Exchange Administrator, Flip and helpdesk Lotte neither")
    void roles() {
        assertThat(service.rolesOf(MEGAN)).containsExactly(DirectoryRole.GLOBAL_ADMINISTRATOR);
        assertThat(service.rolesOf(ADELE)).containsExactly(DirectoryRole.EXCHANGE_ADMINISTRATOR);
        assertThat(service.rolesOf(FLIP)).isEmpty();
        assertThat(service.rolesOf(LOTTE)).isEmpty();
    }

    @Test
    @DisplayName("A role held through a role-assignable group counts")
    void roleThroughGroup() {
        assertThat(service.rolesOf(ISAIAH)).containsExactly(DirectoryRole.EXCHANGE_ADMINISTRATOR);
    }

    @Test
    @DisplayName("An unknown person holds no role, so is never an administrator")
    void unknownPersonHasNoRoles() {
        assertThat(service.rolesOf("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThat(new MailboxAdministrators(service).isAdministrator("00000000-0000-0000-0000-000000000000")).isFalse();
        assertThat(new MailboxAdministrators(service).isAdministrator(ADELE)).isTrue();
    }

    @Test
    @DisplayName("Flip's and Ger's manager is Pieter Jansen; the director has no manager")
    void managers() {
        assertThat(service.managerOf(FLIP)).map(Person::displayName).contains("Pieter Jansen");
        assertThat(service.managerOf(GER)).map(Person::id).contains(PIETER);
        assertThat(service.managerOf(PATTI)).isEmpty();
        assertThat(service.managerOf("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    // --- search

    @Test
    @DisplayName("Search finds by the start of the first name and nobody else")
    void searchByFirstName() {
        assertThat(ids(service.searchPrincipals("fl", 10))).containsExactly(FLIP);
    }

    @Test
    @DisplayName("Search finds by the start of any word of the name, ignoring case")
    void searchByAnyWordIgnoringCase() {
        assertThat(ids(service.searchPrincipals("VRI", 10))).containsExactly(LOTTE);
        assertThat(ids(service.searchPrincipals("schoon", 10))).containsExactly(FLIP);
    }

    @Test
    @DisplayName("Search ignores diacritics: zoe and zoë both find Zoë Brouwer")
    void searchIgnoresDiacritics() {
        assertThat(ids(service.searchPrincipals("zoe", 10))).containsExactly(ZOE);
        assertThat(ids(service.searchPrincipals("Zoë", 10))).containsExactly(ZOE);
    }

    @Test
    @DisplayName("Search finds by the start of the mail address and of the user principal name")
    void searchByMailAndUserPrincipalName() {
        assertThat(ids(service.searchPrincipals("meganb", 10))).containsExactly(MEGAN);
        assertThat(ids(service.searchPrincipals("lotte.devr", 10))).containsExactly(LOTTE);
    }

    @Test
    @DisplayName("Search lists people before groups")
    void searchPeopleThenGroups() {
        List<Principal> found = service.searchPrincipals("mar", 10);

        assertThat(found).extracting(Principal::displayName).containsExactly("Mariska Dekker", "Marketing Team");
        assertThat(found.get(0)).isInstanceOf(Person.class);
        assertThat(found.get(1)).isInstanceOf(Group.class);
    }

    @Test
    @DisplayName("Search gives at most the limit asked, and nothing for an empty prefix")
    void searchLimit() {
        assertThat(service.searchPrincipals("p", 10)).hasSizeGreaterThan(1);
        assertThat(service.searchPrincipals("p", 1)).hasSize(1);
        assertThat(service.searchPrincipals("", 10)).isEmpty();
        assertThat(service.searchPrincipals("xyzzy", 10)).isEmpty();
    }

    // --- groups

    @Test
    @DisplayName("Marketing Team is a security group with Lotte de Vries and Pieter Jansen as members")
    void groupAndMembers() {
        Group team = service.group(MARKETING_TEAM).orElseThrow();

        assertThat(team.displayName()).isEqualTo("Marketing Team");
        assertThat(team.isSecurityGroup()).isTrue();
        assertThat(service.membersOf(MARKETING_TEAM)).extracting(Person::id).containsExactlyInAnyOrder(LOTTE, PIETER);
    }

    @Test
    @DisplayName("The Microsoft 365 group is not a security group")
    void microsoft365Group() {
        Group group = service.group(Contoso.CONTOSO_NEDERLAND).orElseThrow();

        assertThat(group.kind()).isEqualTo(Group.Kind.MICROSOFT_365);
        assertThat(group.isSecurityGroup()).isFalse();
        assertThat(group.mail()).isEqualTo("contosonederland@contoso.nl");
    }

    @Test
    @DisplayName("An unknown group is not found, and asking for its members is refused with GROUP_NOT_FOUND")
    void unknownGroup() {
        assertThat(service.group("00000000-0000-0000-0000-000000000000")).isEmpty();
        refusal(() -> service.membersOf("00000000-0000-0000-0000-000000000000"), Problem.GROUP_NOT_FOUND,
                MailboxException.NotFound.class);
    }

    // --- mailboxes

    @Test
    @DisplayName("The shared mailboxes are Ontvangstgebouw 32 and the hidden Crediteuren, no user mailboxes")
    void sharedMailboxes() {
        List<Mailbox> shared = service.sharedMailboxes();

        assertThat(shared).extracting(Mailbox::id).containsExactlyInAnyOrder(RECEPTIE32, CREDITEUREN);
        assertThat(shared).allMatch(Mailbox::isShared).allMatch(Mailbox::isReady);
        assertThat(shared).filteredOn(Mailbox::hiddenFromAddressLists).extracting(Mailbox::id).containsExactly(CREDITEUREN);
    }

    @Test
    @DisplayName("A mailbox is found by id, by address in any case and by alias")
    void mailboxLookup() {
        Mailbox receptie = service.mailbox(RECEPTIE32).orElseThrow();

        assertThat(receptie.displayName()).isEqualTo("Ontvangstgebouw 32");
        assertThat(receptie.alias()).isEqualTo("receptie32");
        assertThat(receptie.primarySmtpAddress()).isEqualTo(RECEPTIE32_ADDRESS);
        assertThat(receptie.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(service.mailbox("Receptie32@Contoso.com")).contains(receptie);
        assertThat(service.mailbox("receptie32")).contains(receptie);
        assertThat(service.mailbox("nobody@contoso.com")).isEmpty();
    }

    @Test
    @DisplayName("A user mailbox reports its licences and storage")
    void userMailbox() {
        Mailbox nestor = service.mailbox(NESTOR_MAILBOX).orElseThrow();

        assertThat(nestor.kind()).isEqualTo(MailboxKind.USER);
        assertThat(nestor.account().licences()).extracting(Licence::skuPartNumber).containsExactly("SPE_E3");
        assertThat(nestor.storage().needsLicence()).isTrue();
        assertThat(service.mailbox(DAAN_MAILBOX).orElseThrow().account().licences())
                .containsExactly(new Licence(SKU_SPE_E3, "SPE_E3", true));
    }

    @Test
    @DisplayName("Addresses of mailboxes, people and groups are in use, in any case; marketing@contoso.com is free")
    void addressInUse() {
        assertThat(service.addressInUse(RECEPTIE32_ADDRESS)).isTrue();
        assertThat(service.addressInUse("RECEPTIE32@contoso.com")).isTrue();
        assertThat(service.addressInUse("flip.schoonen@contoso.com")).isTrue();
        assertThat(service.addressInUse("facilitair@contoso.com")).isTrue();
        assertThat(service.addressInUse(MARKETING)).isFalse();
    }

    // --- creating a shared mailbox

    @Test
    @DisplayName("A new shared mailbox is created provisioning, with an enabled, unlicensed account, visible in address lists")
    void createSharedMailbox() {
        Created created = service.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"));

        assertThat(created.change()).isEqualTo(Change.MADE);
        Mailbox mailbox = created.mailbox();
        assertThat(mailbox.displayName()).isEqualTo("Afdeling Marketing");
        assertThat(mailbox.alias()).isEqualTo("marketing");
        assertThat(mailbox.primarySmtpAddress()).isEqualTo(MARKETING);
        assertThat(mailbox.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(mailbox.state()).isEqualTo(ProvisioningState.PROVISIONING);
        assertThat(mailbox.hiddenFromAddressLists()).isFalse();
        assertThat(mailbox.account().signInBlocked()).isFalse();
        assertThat(mailbox.account().licences()).isEmpty();
        assertThat(service.addressInUse(MARKETING)).isTrue();
        assertThat(service.mailbox(MARKETING)).map(Mailbox::id).contains(mailbox.id());
        assertThat(service.sharedMailboxes()).extracting(Mailbox::id).contains(mailbox.id());
        assertThat(service.delegates(mailbox.id())).isEmpty();
    }

    @Test
    @DisplayName("A new mailbox becomes ready once provisioning finishes")
    void provisioningFinishes() {
        String id = createMarketing();

        finishProvisioning();

        assertThat(service.mailbox(id).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
    }

    @Test
    @DisplayName("A shared mailbox can be created on the other accepted domain")
    void createOnOtherDomain() {
        Created created = service.createSharedMailbox(new NewSharedMailbox("Marketing NL", "marketing", "contoso.nl"));

        assertThat(created.mailbox().primarySmtpAddress()).isEqualTo("marketing@contoso.nl");
    }

    @Test
    @DisplayName("An invalid alias is refused with ALIAS_INVALID and nothing is created")
    void invalidAlias() {
        refusal(() -> service.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "mar keting!", "contoso.com")),
                Problem.ALIAS_INVALID, MailboxException.InvalidInput.class);

        assertThat(service.sharedMailboxes()).hasSize(2);
    }

    @Test
    @DisplayName("A blank display name is refused with DISPLAY_NAME_INVALID and nothing is created")
    void blankDisplayName() {
        refusal(() -> service.createSharedMailbox(new NewSharedMailbox("  ", "marketing", "contoso.com")),
                Problem.DISPLAY_NAME_INVALID, MailboxException.InvalidInput.class);

        assertThat(service.addressInUse(MARKETING)).isFalse();
    }

    @Test
    @DisplayName("A domain that is not accepted is refused with DOMAIN_NOT_ACCEPTED and nothing is created")
    void unknownDomain() {
        MailboxException refused = refusal(
                () -> service.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "fabrikam.com")),
                Problem.DOMAIN_NOT_ACCEPTED, MailboxException.InvalidInput.class);

        assertThat(refused.arguments()).contains("fabrikam.com");
        assertThat(service.addressInUse("marketing@fabrikam.com")).isFalse();
        assertThat(service.sharedMailboxes()).hasSize(2);
    }

    @Test
    @DisplayName("An address of another mailbox is refused with ADDRESS_TAKEN and that mailbox is unchanged")
    void addressTakenByMailbox() {
        Mailbox before = service.mailbox(RECEPTIE32).orElseThrow();

        MailboxException refused = refusal(
                () -> service.createSharedMailbox(new NewSharedMailbox("Receptie", "receptie32", "contoso.com")),
                Problem.ADDRESS_TAKEN, MailboxException.AlreadyExists.class);

        assertThat(refused.arguments()).contains(RECEPTIE32_ADDRESS);
        assertThat(service.mailbox(RECEPTIE32)).contains(before);
        assertThat(service.sharedMailboxes()).hasSize(2);
    }

    @Test
    @DisplayName("The address of a person or a group is refused with ADDRESS_TAKEN")
    void addressTakenByPersonOrGroup() {
        refusal(() -> service.createSharedMailbox(new NewSharedMailbox("Flip", "flip.schoonen", "contoso.com")),
                Problem.ADDRESS_TAKEN, MailboxException.AlreadyExists.class);
        refusal(() -> service.createSharedMailbox(new NewSharedMailbox("Facilitair", "facilitair", "contoso.com")),
                Problem.ADDRESS_TAKEN, MailboxException.AlreadyExists.class);

        assertThat(service.sharedMailboxes()).hasSize(2);
    }

    @Test
    @DisplayName("Creating exactly the same mailbox again returns it with ALREADY_SO")
    void createTwice() {
        NewSharedMailbox request = new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com");
        Created first = service.createSharedMailbox(request);

        Created again = service.createSharedMailbox(request);

        assertThat(again.change()).isEqualTo(Change.ALREADY_SO);
        assertThat(again.mailbox().id()).isEqualTo(first.mailbox().id());
        assertThat(service.sharedMailboxes()).hasSize(3);
    }

    @Test
    @DisplayName("The same address with another display name is refused with ADDRESS_TAKEN")
    void sameAddressOtherName() {
        createMarketing();

        refusal(() -> service.createSharedMailbox(new NewSharedMailbox("Marketing Afdeling", "marketing", "contoso.com")),
                Problem.ADDRESS_TAKEN, MailboxException.AlreadyExists.class);

        assertThat(service.mailbox(MARKETING).orElseThrow().displayName()).isEqualTo("Afdeling Marketing");
    }

    // --- a mailbox still provisioning

    @Test
    @DisplayName("Members cannot be added or removed while the mailbox is provisioning: MAILBOX_NOT_READY")
    void notReady() {
        String id = createMarketing();

        refusal(() -> service.grant(id, FLIP, Right.FULL_ACCESS, true), Problem.MAILBOX_NOT_READY,
                MailboxException.class);
        refusal(() -> service.revoke(id, FLIP, Right.FULL_ACCESS), Problem.MAILBOX_NOT_READY, MailboxException.class);
        assertThat(service.delegates(id)).isEmpty();

        finishProvisioning();

        assertThat(service.grant(id, FLIP, Right.FULL_ACCESS, true)).isEqualTo(Change.MADE);
        assertThat(service.delegates(id)).containsExactly(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true));
    }

    // --- delegates

    @Test
    @DisplayName("The seeded delegates of Ontvangstgebouw 32 are listed with names, rights and automapping")
    void seededDelegates() {
        assertThat(service.delegates(RECEPTIE32)).containsExactlyInAnyOrder(
                new PermissionGrant(RENEE, "Renée Mulder", Right.FULL_ACCESS, true),
                new PermissionGrant(RENEE, "Renée Mulder", Right.SEND_AS, false),
                new PermissionGrant(PIETER, "Pieter Jansen", Right.FULL_ACCESS, false),
                new PermissionGrant(GER, "Ger Verbeek", Right.SEND_ON_BEHALF, false));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Right.class)
    @DisplayName("Each right is granted once; granting it again is ALREADY_SO and adds nothing")
    void grantEachRight(Right right) {
        assertThat(service.grant(RECEPTIE32, FLIP, right, false)).isEqualTo(Change.MADE);
        assertThat(service.grant(RECEPTIE32, FLIP, right, false)).isEqualTo(Change.ALREADY_SO);

        assertThat(flipOnReceptie()).containsExactly(new PermissionGrant(FLIP, "Flip Schoonen", right, false));
    }

    @Test
    @DisplayName("Send As and Send on Behalf are kept apart")
    void sendAsAndSendOnBehalfApart() {
        service.grant(RECEPTIE32, FLIP, Right.SEND_AS, false);

        assertThat(flipOnReceptie()).extracting(PermissionGrant::right).containsExactly(Right.SEND_AS);

        service.grant(RECEPTIE32, FLIP, Right.SEND_ON_BEHALF, false);
        service.revoke(RECEPTIE32, FLIP, Right.SEND_AS);

        assertThat(flipOnReceptie()).extracting(PermissionGrant::right).containsExactly(Right.SEND_ON_BEHALF);
    }

    @Test
    @DisplayName("Full Access keeps its automapping flag, with or without")
    void automappingKept() {
        service.grant(RECEPTIE32, FLIP, Right.FULL_ACCESS, true);
        service.grant(RECEPTIE32, LOTTE, Right.FULL_ACCESS, false);

        assertThat(service.delegates(RECEPTIE32)).contains(
                new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true),
                new PermissionGrant(LOTTE, "Lotte de Vries", Right.FULL_ACCESS, false));
    }

    @Test
    @DisplayName("Granting Full Access again with the other automapping changes the flag")
    void automappingChanged() {
        service.grant(RECEPTIE32, FLIP, Right.FULL_ACCESS, false);

        assertThat(service.grant(RECEPTIE32, FLIP, Right.FULL_ACCESS, true)).isEqualTo(Change.MADE);

        assertThat(flipOnReceptie()).containsExactly(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true));
    }

    @Test
    @DisplayName("A right is granted to a group as the group itself")
    void grantToGroup() {
        assertThat(service.grant(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS, false)).isEqualTo(Change.MADE);

        assertThat(service.delegates(RECEPTIE32))
                .contains(new PermissionGrant(MARKETING_TEAM, "Marketing Team", Right.FULL_ACCESS, false));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Right.class)
    @DisplayName("Revoking a right removes only that right; revoking it again is ALREADY_SO")
    void revokeEachRight(Right right) {
        for (Right each : Right.values()) {
            service.grant(RECEPTIE32, FLIP, each, false);
        }

        assertThat(service.revoke(RECEPTIE32, FLIP, right)).isEqualTo(Change.MADE);
        assertThat(service.revoke(RECEPTIE32, FLIP, right)).isEqualTo(Change.ALREADY_SO);

        assertThat(flipOnReceptie()).extracting(PermissionGrant::right).hasSize(2).doesNotContain(right);
    }

    @Test
    @DisplayName("Revoking a seeded delegate's right leaves the others")
    void revokeSeededDelegate() {
        assertThat(service.revoke(RECEPTIE32, RENEE, Right.SEND_AS)).isEqualTo(Change.MADE);

        assertThat(service.delegates(RECEPTIE32)).hasSize(3)
                .contains(new PermissionGrant(RENEE, "Renée Mulder", Right.FULL_ACCESS, true))
                .doesNotContain(new PermissionGrant(RENEE, "Renée Mulder", Right.SEND_AS, false));
    }

    @Test
    @DisplayName("Granting to an unknown person or on an unknown mailbox is refused and changes nothing")
    void grantUnknowns() {
        refusal(() -> service.grant(RECEPTIE32, "00000000-0000-0000-0000-000000000000", Right.SEND_AS, false),
                Problem.PERSON_NOT_FOUND, MailboxException.NotFound.class);
        refusal(() -> service.grant("00000000-0000-0000-0000-000000000000", FLIP, Right.SEND_AS, false),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);
        refusal(() -> service.delegates("00000000-0000-0000-0000-000000000000"),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);

        assertThat(service.delegates(RECEPTIE32)).hasSize(4);
    }

    // --- sign-in and address lists

    @Test
    @DisplayName("Blocking sign-in blocks it; blocking again is ALREADY_SO; unblocking enables it again")
    void signIn() {
        String id = createMarketing();
        finishProvisioning();

        assertThat(service.setSignInBlocked(id, true)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(id).orElseThrow().account().signInBlocked()).isTrue();
        assertThat(service.setSignInBlocked(id, true)).isEqualTo(Change.ALREADY_SO);

        assertThat(service.setSignInBlocked(id, false)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(id).orElseThrow().account().signInBlocked()).isFalse();
        assertThat(service.setSignInBlocked(id, false)).isEqualTo(Change.ALREADY_SO);
    }

    @Test
    @DisplayName("Ontvangstgebouw 32's sign-in is blocked already; blocking it is ALREADY_SO")
    void seededSignInBlocked() {
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().account().signInBlocked()).isTrue();
        assertThat(service.setSignInBlocked(RECEPTIE32, true)).isEqualTo(Change.ALREADY_SO);
        refusal(() -> service.setSignInBlocked("00000000-0000-0000-0000-000000000000", true),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);
    }

    @Test
    @DisplayName("A mailbox is hidden from and shown in address lists; asking again is ALREADY_SO")
    void hideAndShow() {
        assertThat(service.setHiddenFromAddressLists(RECEPTIE32, true)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(RECEPTIE32).orElseThrow().hiddenFromAddressLists()).isTrue();
        assertThat(service.setHiddenFromAddressLists(RECEPTIE32, true)).isEqualTo(Change.ALREADY_SO);

        assertThat(service.setHiddenFromAddressLists(CREDITEUREN, false)).isEqualTo(Change.MADE);
        assertThat(service.mailbox(CREDITEUREN).orElseThrow().hiddenFromAddressLists()).isFalse();
        refusal(() -> service.setHiddenFromAddressLists("00000000-0000-0000-0000-000000000000", true),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);
    }

    // --- converting and licences

    @Test
    @DisplayName("A user mailbox converted to shared keeps its address, account and licence")
    void convertToShared() {
        Mailbox before = service.mailbox(SANNE_MAILBOX).orElseThrow();

        assertThat(service.convertToShared(SANNE_MAILBOX)).isEqualTo(Change.MADE);

        Mailbox after = service.mailbox(SANNE_MAILBOX).orElseThrow();
        assertThat(after.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(after.primarySmtpAddress()).isEqualTo(before.primarySmtpAddress());
        assertThat(after.account()).isEqualTo(before.account());
        assertThat(service.sharedMailboxes()).extracting(Mailbox::id).contains(SANNE_MAILBOX);
    }

    @Test
    @DisplayName("Converting a shared mailbox is refused with ALREADY_SHARED; an unknown one with MAILBOX_NOT_FOUND")
    void convertRefusals() {
        refusal(() -> service.convertToShared(RECEPTIE32), Problem.ALREADY_SHARED, MailboxException.class);
        refusal(() -> service.convertToShared("00000000-0000-0000-0000-000000000000"), Problem.MAILBOX_NOT_FOUND,
                MailboxException.NotFound.class);
        assertThat(service.sharedMailboxes()).hasSize(2);
    }

    @Test
    @DisplayName("After converting a small mailbox its licence is removed")
    void removeLicenceAfterConvert() {
        service.convertToShared(SANNE_MAILBOX);

        assertThat(service.removeLicence(SANNE_MAILBOX, SKU_SPE_E3)).isEqualTo(Change.MADE);

        assertThat(service.mailbox(SANNE_MAILBOX).orElseThrow().account().licences()).isEmpty();
    }

    @Test
    @DisplayName("The licence of a small shared mailbox is removed")
    void removeLicenceOfSharedMailbox() {
        assertThat(service.mailbox(CREDITEUREN).orElseThrow().account().licences())
                .containsExactly(new Licence(SKU_EXCHANGESTANDARD, "EXCHANGESTANDARD", false));

        assertThat(service.removeLicence(CREDITEUREN, SKU_EXCHANGESTANDARD)).isEqualTo(Change.MADE);

        assertThat(service.mailbox(CREDITEUREN).orElseThrow().account().licences()).isEmpty();
    }

    @Test
    @DisplayName("A licence still needed (over 50 GB, archive, hold) is refused with LICENCE_STILL_NEEDED and kept")
    void licenceStillNeeded() {
        service.convertToShared(NESTOR_MAILBOX);

        refusal(() -> service.removeLicence(NESTOR_MAILBOX, SKU_SPE_E3), Problem.LICENCE_STILL_NEEDED,
                MailboxException.class);

        assertThat(service.mailbox(NESTOR_MAILBOX).orElseThrow().account().licences()).hasSize(1);
    }

    @Test
    @DisplayName("A licence assigned through a group is refused with LICENCE_ASSIGNED_BY_GROUP and kept")
    void licenceAssignedByGroup() {
        service.convertToShared(DAAN_MAILBOX);

        refusal(() -> service.removeLicence(DAAN_MAILBOX, SKU_SPE_E3), Problem.LICENCE_ASSIGNED_BY_GROUP,
                MailboxException.class);

        assertThat(service.mailbox(DAAN_MAILBOX).orElseThrow().account().licences()).hasSize(1);
    }

    @Test
    @DisplayName("A licence that is not assigned is refused with LICENCE_NOT_ASSIGNED")
    void licenceNotAssigned() {
        refusal(() -> service.removeLicence(RECEPTIE32, SKU_SPE_E3), Problem.LICENCE_NOT_ASSIGNED, MailboxException.class);
        service.removeLicence(CREDITEUREN, SKU_EXCHANGESTANDARD);
        refusal(() -> service.removeLicence(CREDITEUREN, SKU_EXCHANGESTANDARD), Problem.LICENCE_NOT_ASSIGNED,
                MailboxException.class);
        refusal(() -> service.removeLicence("00000000-0000-0000-0000-000000000000", SKU_SPE_E3),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);
    }

    @Test
    @DisplayName("Megan's user mailbox keeps its licence when another mailbox is converted")
    void otherMailboxesUntouched() {
        Mailbox megan = service.mailbox(MEGAN_MAILBOX).orElseThrow();

        service.convertToShared(SANNE_MAILBOX);
        service.removeLicence(SANNE_MAILBOX, SKU_SPE_E3);

        assertThat(service.mailbox(MEGAN_MAILBOX)).contains(megan);
    }

    // --- the shared calendar

    @Test
    @DisplayName("Upcoming events are those not yet over, soonest first, at most the limit")
    void upcomingEvents() {
        List<CalendarEvent> events = service.upcomingEvents(RECEPTIE32, CALENDAR_FROM, 10);

        assertThat(events).extracting(CalendarEvent::subject)
                .containsExactly("Leverancier koffieautomaten", "Kerstborrel", "Rondleiding nieuwe medewerkers");
        assertThat(events.get(0).start()).isEqualTo(OffsetDateTime.parse("2026-12-08T14:00:00+01:00"));
        assertThat(events.get(0).location()).isEqualTo("Vergaderzaal De Dam");
        assertThat(service.upcomingEvents(RECEPTIE32, CALENDAR_FROM, 1)).hasSize(1);
    }

    @Test
    @DisplayName("An added event is listed among the upcoming ones in its place; adding it again adds nothing")
    void addEvent() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-10T09:30:00+01:00");

        CalendarEvent added = service.addEvent(RECEPTIE32, "Teamoverleg receptie", start, start.plusHours(1), "Kamer 2.14");
        CalendarEvent again = service.addEvent(RECEPTIE32, "Teamoverleg receptie", start, start.plusHours(1), "Kamer 2.14");

        assertThat(added.id()).isNotBlank();
        assertThat(again.id()).isEqualTo(added.id());
        assertThat(service.upcomingEvents(RECEPTIE32, CALENDAR_FROM, 10)).extracting(CalendarEvent::subject)
                .containsExactly("Leverancier koffieautomaten", "Teamoverleg receptie", "Kerstborrel",
                        "Rondleiding nieuwe medewerkers");
    }

    @Test
    @DisplayName("An event that ends before or when it starts, or has no subject, is refused with EVENT_INVALID")
    void invalidEvents() {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-10T09:30:00+01:00");

        refusal(() -> service.addEvent(RECEPTIE32, "Overleg", start, start.minusHours(1), ""), Problem.EVENT_INVALID,
                MailboxException.InvalidInput.class);
        refusal(() -> service.addEvent(RECEPTIE32, "Overleg", start, start, ""), Problem.EVENT_INVALID,
                MailboxException.InvalidInput.class);
        refusal(() -> service.addEvent(RECEPTIE32, " ", start, start.plusHours(1), ""), Problem.EVENT_INVALID,
                MailboxException.InvalidInput.class);
        refusal(() -> service.addEvent("00000000-0000-0000-0000-000000000000", "Overleg", start, start.plusHours(1), ""),
                Problem.MAILBOX_NOT_FOUND, MailboxException.NotFound.class);

        assertThat(service.upcomingEvents(RECEPTIE32, CALENDAR_FROM, 10)).hasSize(3);
    }

    // --- helpers

    private String createMarketing() {
        return service.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"))
                .mailbox().id();
    }

    private List<PermissionGrant> flipOnReceptie() {
        return service.delegates(RECEPTIE32).stream().filter(g -> g.trusteeId().equals(FLIP)).toList();
    }

    private static List<String> ids(List<Principal> principals) {
        return principals.stream().map(Principal::id).toList();
    }

    /** Asserts that the call is refused with this problem and exception type, and returns the refusal. */
    protected static MailboxException refusal(ThrowingCallable call, Problem problem,
                                              Class<? extends MailboxException> type) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refusal with " + problem).isInstanceOf(type);
        MailboxException refused = (MailboxException) thrown;
        assertThat(refused.problem()).isEqualTo(problem);
        return refused;
    }
}
