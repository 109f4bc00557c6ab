package io.postkamer.dialogs.create;

import java.util.List;
import java.util.Optional;

/**
 * The create wizard's procedure, screen by screen, as Microsoft's article on shared mailboxes reads: a name, the
 * address, Create, the wait until the mailbox exists, its members, their rights, the rights applied, what was done,
 * and the mailbox's own sign-in blocked. Each row says where the screen's Back goes and where it goes on; a
 * screen's other ways out (an error, a group to expand, no members) are named in the row too.
 */
final class WizardOrder {
    /** One screen: where Back leads (none: no Back), where the procedure goes on, and the detours it may take. */
    record Screen(String id, Optional<String> back, Optional<String> next, List<String> detours) {}

    static final List<Screen> PROCEDURE = List.of(
            new Screen(NameStep.ID, Optional.empty(), Optional.of(AddressStep.ID), List.of()),
            new Screen(AddressStep.ID, Optional.of(NameStep.ID), Optional.of(ConfirmStep.ID), List.of()),
            // A name refused by Exchange at Create goes back to the name screen with the reason.
            new Screen(
                    ConfirmStep.ID,
                    Optional.of(AddressStep.ID),
                    Optional.of(ProvisioningStep.ID),
                    List.of(NameStep.ID, AddressStep.ID)),
            new Screen(ProvisioningStep.ID, Optional.empty(), Optional.of(MembersStep.ID), List.of()),
            // A group picked is expanded or kept first; no members skips to the sign-in screen.
            new Screen(
                    MembersStep.ID,
                    Optional.empty(),
                    Optional.of(PermissionsStep.ID),
                    List.of(GroupStep.ID, SignInStep.ID)),
            new Screen(GroupStep.ID, Optional.of(MembersStep.ID), Optional.of(PermissionsStep.ID), List.of()),
            // Rights applied within the turn's patience go straight to the results.
            new Screen(
                    PermissionsStep.ID,
                    Optional.of(MembersStep.ID),
                    Optional.of(ApplyingStep.ID),
                    List.of(ResultsStep.ID)),
            new Screen(ApplyingStep.ID, Optional.empty(), Optional.of(ResultsStep.ID), List.of()),
            new Screen(ResultsStep.ID, Optional.empty(), Optional.of(SignInStep.ID), List.of()),
            new Screen(SignInStep.ID, Optional.of(ResultsStep.ID), Optional.empty(), List.of()));

    private WizardOrder() {}

    /** Where the procedure goes on from {@code screen}. */
    static String next(String screen) {
        return screen(screen).next().orElseThrow(() -> new IllegalStateException(screen + " is the last screen"));
    }

    /** Where Back leads from {@code screen}, if it has a Back. */
    static Optional<String> back(String screen) {
        return screen(screen).back();
    }

    /** A detour the row of {@code screen} names; asking for one it does not name is a mistake in the code. */
    static String detour(String screen, String to) {
        if (!screen(screen).detours().contains(to)) {
            throw new IllegalStateException(screen + " has no way to " + to);
        }
        return to;
    }

    private static Screen screen(String id) {
        return PROCEDURE.stream()
                .filter(screen -> screen.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen " + id));
    }
}
