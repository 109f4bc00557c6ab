package io.postkamer.dialogs.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WizardOrderTest {
    @Test
    @DisplayName("the procedure reads name, address, create, wait, members, rights, applied, results, sign-in")
    void procedureInTheArticlesOrder() {
        List<String> onwards = Stream.iterate(
                        Optional.of(NameStep.ID),
                        Optional::isPresent,
                        screen -> WizardOrder.PROCEDURE.stream()
                                .filter(row -> row.id().equals(screen.get()))
                                .findFirst()
                                .orElseThrow()
                                .next())
                .map(Optional::get)
                .toList();
        assertThat(onwards)
                .containsExactly(
                        NameStep.ID,
                        AddressStep.ID,
                        ConfirmStep.ID,
                        ProvisioningStep.ID,
                        MembersStep.ID,
                        PermissionsStep.ID,
                        ApplyingStep.ID,
                        ResultsStep.ID,
                        SignInStep.ID);
    }

    @Test
    @DisplayName("every screen of the wizard has one row, and every row leads only to screens of the wizard")
    void everyScreenOnceAndOnlyScreens() {
        List<String> screens = new CreateMailboxDialogs(
                        new MailboxCalls(
                                DemoTenant.contoso(), Runnable::run, new InMemoryAuditTrail(), Clock.systemUTC()),
                        BotSettings.defaults(),
                        new FollowUps(Continuations.none(), null))
                .screens().stream().map(dialog -> dialog.getId()).toList();
        assertThat(WizardOrder.PROCEDURE)
                .extracting(WizardOrder.Screen::id)
                .containsExactlyInAnyOrderElementsOf(screens);
        WizardOrder.PROCEDURE.forEach(row -> {
            row.back().ifPresent(back -> assertThat(screens).contains(back));
            row.next().ifPresent(next -> assertThat(screens).contains(next));
            assertThat(screens).containsAll(row.detours());
        });
    }
}
