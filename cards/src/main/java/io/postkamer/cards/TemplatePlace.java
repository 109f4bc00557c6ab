package io.postkamer.cards;

/** Where in a template a value is, for the message of a binding error: put into words only then. */
record TemplatePlace(TemplatePlace parent, String field, int index) {
    static final TemplatePlace ROOT = new TemplatePlace(null, "$", -1);

    TemplatePlace field(String name) {
        return new TemplatePlace(this, name, -1);
    }

    TemplatePlace index(int position) {
        return new TemplatePlace(this, null, position);
    }

    /** A TextBlock's or TextRun's text, or a fact's title or value: what Teams reads as Markdown; never an action's data. */
    boolean isMarkdown() {
        boolean text = "text".equals(field);
        if (!text && !"title".equals(field) && !"value".equals(field)) {
            return false;
        }
        TemplatePlace list = null;
        for (TemplatePlace above = parent; above != null; above = above.parent) {
            if ("data".equals(above.field)) {
                return false;
            }
            if (list == null && above.field != null) {
                list = above;
            }
        }
        return text || (list != null && list != parent && "facts".equals(list.field));
    }

    @Override
    public String toString() {
        if (parent == null) {
            return field;
        }
        return parent + (field != null ? "." + field : "[" + index + "]");
    }
}
