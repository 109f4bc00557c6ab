package io.postkamer.bot;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The Bot Framework SDK is retired upstream: its types stay in bot/ and dialogs/. */
class ArchitectureTest {

    @Test
    @DisplayName("the mailbox service and the cards never depend on the Bot Framework SDK")
    void mailboxAndCardsAreFreeOfTheSdk() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.postkamer.mailbox..", "io.postkamer.cards..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.bot..");
        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.postkamer"));
    }
}
