/**
 * The health reports' posts kept in memory, for tests and the demo without a database.
 */
package io.postkamer.dialogs.health.memory;
