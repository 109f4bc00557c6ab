/**
 * The people picker's search (Teams' {@code application/search} invoke).
 */
package io.postkamer.dialogs.members;
