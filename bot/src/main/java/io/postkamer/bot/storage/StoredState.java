package io.postkamer.bot.storage;

/**
 * One item as it is kept in the database: the Java type to rebuild it as, and its JSON.
 *
 * @param typeName fully qualified name of the item's class
 * @param json     the item written by {@link StateCodec}, without the type name
 */
record StoredState(String typeName, String json) {}
