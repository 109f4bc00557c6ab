package io.postkamer.dialogs.common;

import com.microsoft.bot.dialogs.DialogTurnResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The order in which a turn's input is understood, one row per intent, read top to bottom: the first row that
 * matches answers. A row says when it may answer: {@link When#FIRST} before anything else (a card's own button),
 * {@link When#EVEN_IN_A_FLOW} even while a flow waits for its step (the flow keeps its place), and
 * {@link When#OUTSIDE_A_FLOW} only when none waits; otherwise the flow under way takes the input.
 */
public final class IntentTable {
    /** What {@link #nameFor} says when the flow under way takes the input. */
    public static final String THE_FLOW_UNDER_WAY = "the flow under way";

    /** When a row may answer. */
    public enum When {
        FIRST,
        EVEN_IN_A_FLOW,
        OUTSIDE_A_FLOW
    }

    /** How a row answers: given the turn's flows and what was typed or pressed. */
    @FunctionalInterface
    public interface Answer extends BiFunction<TurnDialogs, UserInput, CompletableFuture<DialogTurnResult>> {}

    /** One intent: its name (as the table test reads it), when it may answer, what it matches and how it answers. */
    public record Row(String name, When when, Predicate<UserInput> matches, Answer answer) {}

    private final List<Row> rows;

    public IntentTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Row row(String name, When when, Predicate<UserInput> matches, Answer answer) {
        return new Row(name, when, matches, answer);
    }

    /** The row that answers before any flow is asked, if one matches. */
    public Optional<Row> first(UserInput input) {
        return rows.stream()
                .filter(row -> row.when() == When.FIRST && row.matches().test(input))
                .findFirst();
    }

    /** The row that answers when no {@link When#FIRST} row did; empty: the flow under way takes the input. */
    public Optional<Row> after(UserInput input, boolean flowUnderWay) {
        return rows.stream()
                .filter(row ->
                        row.when() == When.EVEN_IN_A_FLOW || (row.when() == When.OUTSIDE_A_FLOW && !flowUnderWay))
                .filter(row -> row.matches().test(input))
                .findFirst();
    }

    /** The name of what answers this input, {@link #THE_FLOW_UNDER_WAY} included. */
    public String nameFor(UserInput input, boolean flowUnderWay) {
        return first(input).or(() -> after(input, flowUnderWay)).map(Row::name).orElse(THE_FLOW_UNDER_WAY);
    }

    public List<Row> rows() {
        return rows;
    }
}
