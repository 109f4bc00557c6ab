/** Copies offered, kept in memory: for tests and the local page without a database. */
package io.postkamer.dialogs.copyaccess.memory;
