package io.postkamer.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/ARCHITECTURE.md that a compiler does not check: the Bot Framework SDK (retired upstream) stays in
 * bot/ and dialogs/, the modules depend one way (bot, dialogs, cards, mailbox), and the feature packages of the
 * application do not depend on each other in circles.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.postkamer");

    @Test
    @DisplayName("the mailbox service and the cards never depend on the Bot Framework SDK")
    void mailboxAndCardsAreFreeOfTheSdk() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage("io.postkamer.mailbox..", "io.postkamer.cards..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.microsoft.bot..");
        rule.check(MAIN);
    }

    @Test
    @DisplayName("modules depend one way: bot on dialogs, dialogs on cards, cards on mailbox, never back")
    void modulesDependOneWay() {
        noClasses()
                .that()
                .resideInAPackage("io.postkamer.mailbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.postkamer.cards..", "io.postkamer.dialogs..", "io.postkamer.bot..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("io.postkamer.cards..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.postkamer.dialogs..", "io.postkamer.bot..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("io.postkamer.dialogs..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.postkamer.bot..")
                .check(MAIN);
    }

    @Test
    @DisplayName("the application's feature packages (endpoint, wiring, storage, delivery, …) have no cycles")
    void botPackagesHaveNoCycles() {
        slices().matching("io.postkamer.bot.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    @DisplayName("no class of the application is over 400 lines: a bigger one holds more than one job")
    void smallRooms() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> tooBig = new ArrayList<>();
        for (String module : List.of("mailbox", "cards", "dialogs", "bot", "benchmarks")) {
            Path sources = root.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines = Files.readAllLines(file).size();
                    if (lines > 400) {
                        tooBig.add(root.relativize(file) + " (" + lines + " lines)");
                    }
                }
            }
        }
        assertThat(tooBig).isEmpty();
    }
}
