package io.postkamer.mailbox;

import java.time.OffsetDateTime;

/**
 * Ids and facts of the seeded Contoso tenant ({@code demo-tenant/contoso.json}, described in
 * {@code mailbox/DEMO-TENANT.md}) for tests in every module.
 */
public final class Contoso {
    public static final String TENANT_ID = "a010b230-183b-423a-91d4-65e84b3f0264";

    /** Global Administrator. */
    public static final String MEGAN = "de757772-d2d7-4ff3-af68-9ea803ae8ab3";
    /** Exchange Administrator. */
    public static final String ADELE = "264405cb-1ea3-408b-92f4-0b4c62df51dd";
    /** Exchange Administrator through the role-assignable group Exchange-beheerders. */
    public static final String ISAIAH = "a302c5a4-79da-46a5-9c9f-bbcec65119ae";
    /** Receptionist; reports to Pieter; holds nothing on receptie32. */
    public static final String FLIP = "efd8b720-9c58-4913-b2d9-14461090c950";
    /** Reports to Pieter; Send on Behalf on receptie32. */
    public static final String GER = "8e12401f-7a84-438e-b0ad-28a06512d1e1";
    /** Helpdesk (Helpdesk Administrator, which may not manage mailboxes). */
    public static final String LOTTE = "4ad1cdf6-2364-48d4-93ac-340d08fefba6";
    /** Manager of Flip, Ger, Renée and Sanne; Full Access without automapping on receptie32. */
    public static final String PIETER = "8abfd5ad-7765-403f-b8c0-b37a9595b8b2";
    /** Full Access with automapping and Send As on receptie32. */
    public static final String RENEE = "1b7eda6a-01fd-4a19-9e68-ee573a307e51";
    /** Top of the organisation: has no manager. */
    public static final String PATTI = "7e643d3d-b8d9-4d9a-8410-13b5bee1aa9b";
    /** "Zoë Brouwer": a name with a diacritic. */
    public static final String ZOE = "b88432f6-0dc7-49f8-bb2a-bd80368d938e";
    public static final String MARISKA = "5581b1d8-74c4-4472-9935-6b95b0ac6168";

    /** Security group (not mail-enabled) with the members Lotte and Pieter. */
    public static final String MARKETING_TEAM = "71242678-181c-4687-a5a2-5f544e47720f";
    /** Microsoft 365 group, contosonederland@contoso.nl. */
    public static final String CONTOSO_NEDERLAND = "f86902ca-a4db-4c49-9c6c-9a505d7670f8";
    /** Mail-enabled security group, facilitair@contoso.com. */
    public static final String FACILITAIRE_DIENST = "0b109801-74c4-44cc-acd0-03cfdc7b5b0e";
    /** Assigns SPE_E3 to its members (Daan among them). */
    public static final String LICENCE_GROUP_E3 = "8df61074-afdb-4cd0-8c5c-d3b50e00f3a8";

    /** Shared mailbox "Ontvangstgebouw 32", receptie32@contoso.com, unlicensed, sign-in blocked, with delegates and a calendar. */
    public static final String RECEPTIE32 = "36130d98-0a3d-400e-bd14-0da579785588";
    public static final String RECEPTIE32_ADDRESS = "receptie32@contoso.com";
    /** Shared mailbox "Crediteuren", crediteuren@contoso.nl, hidden from address lists, EXCHANGESTANDARD assigned directly, 12.5 GB. */
    public static final String CREDITEUREN = "7559364a-c99c-492d-a808-61bbadb4f536";
    /** User mailbox of Sanne Bakker (leaving): SPE_E3 assigned directly, 3.2 GB, no archive or hold. */
    public static final String SANNE_MAILBOX = "34735800-f8d7-437d-82c5-5a20bda3403a";
    /** User mailbox of Daan Visser: SPE_E3 assigned through {@link #LICENCE_GROUP_E3}. */
    public static final String DAAN_MAILBOX = "27db53fd-db54-4e9a-9b41-6821abe0712b";
    /** User mailbox of Nestor Wilke: SPE_E3, 62 GB, archive and litigation hold. */
    public static final String NESTOR_MAILBOX = "55c898fb-5518-40c5-a19a-d0796e6d6ed2";
    /** User mailbox of Megan Bowen. */
    public static final String MEGAN_MAILBOX = MEGAN;

    /** Microsoft 365 E3. */
    public static final String SKU_SPE_E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    /** Exchange Online (Plan 1). */
    public static final String SKU_EXCHANGESTANDARD = "4b9405b0-7788-4568-add1-99614e613b69";

    /** A moment after the seeded Brandoefening and before the other receptie32 events. */
    public static final OffsetDateTime CALENDAR_FROM = OffsetDateTime.parse("2026-12-01T09:00:00+01:00");

    private Contoso() {
    }
}
