/**
 * The embedded demo tenant: Contoso in memory, refusing and accepting what Exchange Online does, with planned
 * faults for tests.
 */
package io.postkamer.mailbox.demo;
