package io.postkamer.bot.storage;

import java.util.Optional;

/** A row of bot state as the database holds it, or its absence. */
record StoredRow(Optional<StoredState> stored, String eTag) {
    static final StoredRow ABSENT = new StoredRow(Optional.empty(), "");

    int characters() {
        return eTag.length()
                + stored.map(state -> state.typeName().length() + state.json().length())
                        .orElse(0);
    }
}
