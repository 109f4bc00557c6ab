/**
 * The Microsoft 365 backend: Microsoft Graph and the Exchange Online admin API, with retries, the tenant's call
 * budget and tokens from msal4j.
 */
package io.postkamer.mailbox.m365;
