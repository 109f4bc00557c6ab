package io.postkamer.dialogs.requests;

import java.time.Instant;
import java.util.Optional;

/** An approver's decision on a pending request. */
public record Decision(
        long number,
        RequestState to,
        String deciderId,
        String deciderName,
        Instant at,
        Optional<String> rejectReason) {}
