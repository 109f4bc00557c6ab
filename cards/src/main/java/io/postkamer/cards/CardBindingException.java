package io.postkamer.cards;

/**
 * A template asked for a value, text or construct that the binding does not give: a defect in the
 * template or in the code that binds it, named with the template and the place in it.
 */
public final class CardBindingException extends IllegalStateException {
    private final String template;
    private final String where;

    public CardBindingException(String template, String where, String problem) {
        super("Card template " + template + " at " + where + ": " + problem);
        this.template = template;
        this.where = where;
    }

    public String template() {
        return template;
    }

    public String where() {
        return where;
    }
}
