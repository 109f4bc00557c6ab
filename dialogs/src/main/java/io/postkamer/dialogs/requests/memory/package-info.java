/**
 * The requests' stores in memory, for tests and the demo without a database.
 */
package io.postkamer.dialogs.requests.memory;
