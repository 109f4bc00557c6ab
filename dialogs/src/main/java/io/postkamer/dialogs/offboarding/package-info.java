/**
 * Offboarding a person who leaves: one card that shows what will happen and lets an administrator adjust it, then
 * each step done once, in order, resumable after a fault or a restart, with the progress shown in place.
 */
package io.postkamer.dialogs.offboarding;
