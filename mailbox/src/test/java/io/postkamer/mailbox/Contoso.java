package io.postkamer.mailbox;

/**
 * Facts of the Contoso seed (mailbox/src/main/resources/demo-tenant/contoso.json) that tests rely on.
 * Shared through the mailbox test-jar, so every module's tests name the same people.
 */
public final class Contoso {
    public static final String TENANT_ID = "4a34b50b-bfd4-4b04-92cf-507e4375d569";
    public static final String DEFAULT_DOMAIN = "contoso.com";
    public static final String SECOND_DOMAIN = "contoso.nl";

    /** Global Administrator, IT. */
    public static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    /** Exchange Administrator, IT. */
    public static final String ADELE = "bd75e33f-b00e-435d-b35b-689a52020b58";
    /** Helpdesk (Helpdesk Administrator role, which may not manage mailboxes). */
    public static final String LOTTE = "b642bc1e-dc5f-47dc-8fb5-d89e618b023f";
    /** Exchange Administrator only through the role-assignable group "Exchange-beheer". */
    public static final String JEROEN = "1dfdef9f-f7b1-42ce-a181-67bb719a02c8";
    /** Head of Facilities; manager of Flip, Ger, Anouk and Bram. */
    public static final String PIETER = "30b96472-e613-420d-86ac-ef13e529ee20";
    /** UPN fschoonen@contoso.com, mail flip.schoonen@contoso.com. */
    public static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";
    /** UPN ger.verbeek@contoso.com, mail ger.verbeek@contoso.nl. */
    public static final String GER = "fc654dab-7509-4ccd-b23e-187f1fd03e42";

    public static final String ANOUK = "1e0e8f52-c595-4cde-9acd-be81e1d7ca91";
    public static final String BRAM = "c5079a85-eadb-4201-97f3-86109ad2ce6a";
    /** Top of the organisation: has no manager. */
    public static final String NESTOR = "03596725-551d-4371-903f-27f1d2395bf8";
    /** Display name with diacritics: "Émilie Müller" (mail emilie.muller@contoso.com). */
    public static final String EMILIE = "2e62048e-a9b3-41d0-8ef0-a0cb72a36ff0";

    public static final String MAARTEN = "4e9381fc-70ed-4eda-929c-c947d8e77fea";
    public static final String MIRIAM = "72664129-b449-4acf-a53a-7e283c12fdae";
    public static final String FATIMA = "ded2cc9d-18e8-4874-9682-3f7c4b24031d";
    public static final String ALEX = "3a8dd26a-efe7-4ca3-8fe1-09b14fae3997";

    /** Mail-enabled security group: Miriam, Émilie, Fatima, Alex. */
    public static final String MARKETING_TEAM = "77e8780b-715a-48ea-97c2-b5b72a3f85df";
    /** Microsoft 365 group. */
    public static final String PROJECT_ZUID = "09d67735-dc93-4a5b-92a0-79f6ed508fd0";

    /** Shared, ready, sign-in blocked, no licence; also answers to ontvangst32@contoso.nl. */
    public static final String RECEPTIE32 = "31652c84-4fd0-4b22-940a-9ce4af7611f1";

    public static final String RECEPTIE32_ADDRESS = "receptie32@contoso.com";
    public static final String RECEPTIE32_OTHER_ADDRESS = "ontvangst32@contoso.nl";
    /** Shared, hidden from address lists, sign-in NOT blocked. */
    public static final String FACTUREN = "dd7b3c26-5d1f-4ac1-afbb-3111892e8627";
    /** User mailbox of Megan, SPE_E3. */
    public static final String MEGAN_MAILBOX = MEGAN;
    /** Flip's own user mailbox, licensed, with Full Access and Send As on Ontvangstgebouw 32: the one offboarded. */
    public static final String FLIP_MAILBOX = FLIP;

    public static final String FLIP_ADDRESS = "flip.schoonen@contoso.com";
    /** User mailbox (left the company), 3.4 GB, EXCHANGESTANDARD assigned directly. */
    public static final String SANNE_MAILBOX = "eed436c8-3e98-44c6-b05f-033f48d81ed8";
    /** User mailbox (left), 12 GB, SPE_E3 through the group "Licenties Microsoft 365 E3". */
    public static final String JOHANNA_MAILBOX = "dd5d1ab4-1108-471b-a535-43d7ac9375e4";
    /** User mailbox (left), 62 GB, archive and litigation hold, SPE_E3 assigned directly. */
    public static final String HENK_MAILBOX = "26983c89-8993-4baf-a000-88f4e1fa1dae";

    // The health report's findings, one of each kind (DEMO-TENANT.md, "The Contoso seed").
    /** Shared, sign-in NOT blocked, EXCHANGESTANDARD assigned directly while 6.2 GB needs none; Full Access for Isaiah
     * Langer, Sanne Willems (account disabled) and the group Marketing Team, Send As for a deleted account. */
    public static final String KLANTENSERVICE = "6e21c7a2-c91f-40a8-a7c0-be8246e439b5";
    /** Shared, sign-in NOT blocked, 47.5 GB without a licence; Full Access for Lidia Holloway. */
    public static final String PROJECTARCHIEF = "a4de840f-bdfa-43cb-9877-1c696effc734";
    /** The deleted account that still holds Send As on Klantenservice, as Exchange shows it. */
    public static final String DELETED_ACCOUNT = "S-1-5-21-3623811015-3361044348-30300820-1013";
    /** The person Sanne Willems, who left: her account (her user mailbox's) may not sign in. */
    public static final String SANNE = "eed436c8-3e98-44c6-b05f-033f48d81ed8";

    public static final String ISAIAH = "4e1653e9-58d2-47a8-a6a1-34f44855bfc4";
    public static final String LIDIA = "d5b6216c-be89-4611-bc53-3b2800c081b6";
    public static final String PRADEEP = "b7d5f83d-d2c8-46ff-8c1e-ee4bfe25b560";
    public static final String LEE = "50e1adad-f7e7-487e-a1a9-42cd3ebdf0b0";

    public static final String EXCHANGESTANDARD = "4b9405b0-7788-4568-add1-99614e613b69";
    public static final String SPE_E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";

    private Contoso() {}
}
