/**
 * Conversation and user state in the database (the SDK's {@code Storage}), with optimistic concurrency across
 * instances.
 */
package io.postkamer.bot.storage;
