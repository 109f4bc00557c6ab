/**
 * Access reviews kept in memory, for tests and the demo without a database.
 */
package io.postkamer.dialogs.reviews.memory;
