package io.postkamer.dialogs.create;

import com.microsoft.bot.dialogs.Dialog;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.MailboxCalls;
import java.util.List;

/**
 * The create-a-shared-mailbox conversation: one waterfall per screen, all sharing one
 * {@link CreateMailbox} record. Each screen is added straight to the bot's dialog set (no component
 * dialog), so that the stored stack holds only maps and lists and survives a restart from JSON.
 */
public final class CreateMailboxDialogs {
    private final CreateFlow flow;
    private final List<Dialog> screens;

    public CreateMailboxDialogs(MailboxCalls calls, BotSettings settings, FollowUps followUps) {
        this.flow = new CreateFlow(calls, settings, followUps);
        Grants grants = new Grants(flow);
        GrantsInFlight inFlight = new GrantsInFlight();
        this.screens = List.of(
                new NameStep(flow),
                new AddressStep(flow),
                new ConfirmStep(flow),
                new ProvisioningStep(flow),
                new MembersStep(flow),
                new GroupStep(flow),
                new PermissionsStep(flow, grants),
                new ApplyingStep(flow, grants, inFlight),
                new ResultsStep(flow, grants),
                new SignInStep(flow));
    }

    public List<Dialog> screens() {
        return screens;
    }

    public CreateFlow flow() {
        return flow;
    }
}
