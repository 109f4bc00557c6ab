package io.postkamer.dialogs.requests;

import java.net.URI;
import java.time.Duration;

/**
 * Files a person downloads from the bot itself, behind a link nobody can guess that works for a
 * short while: Teams shows no file a bot attaches on its own.
 */
public interface Downloads {

    /** What is kept: the file's name, its media type and its bytes. */
    record Download(String fileName, String contentType, byte[] content) {}

    /** Keeps the file for {@link #validFor()} and returns its link. */
    URI offer(Download file);

    Duration validFor();
}
