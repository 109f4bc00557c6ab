package io.postkamer.dialogs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One person chatting with the bot in Teams: typing, pressing the buttons of the card in front of
 * them (an {@code adaptiveCard/action} invoke with the card's step token and inputs), and reading the
 * card that is shown now.
 */
public final class Chat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestChannel channel;
    private final Supplier<Bot> bot;
    private final String conversationId;
    private ChannelAccount user;
    private String locale;
    private String conversationType;
    private JsonNode card = JsonNodeFactory.instance.objectNode();
    private String cardActivityId = "";
    private final List<String> toasts = new ArrayList<>();
    /** How much of what the connector received in this conversation the person has seen. */
    private int seenThrough;

    public Chat(TestChannel channel, Supplier<Bot> bot, String conversationId, String userAadId, String locale) {
        this.channel = channel;
        this.bot = bot;
        this.conversationId = conversationId;
        this.locale = locale;
        as(userAadId);
    }

    /** The conversation is a Teams channel ("channel") or group chat ("groupChat") rather than a personal chat. */
    public Chat conversationType(String type) {
        conversationType = type;
        return this;
    }

    /** The next activities come from this person (same conversation, e.g. a group chat). */
    public Chat as(String userAadId) {
        user = new ChannelAccount("29:" + userAadId, userAadId);
        user.setAadObjectId(userAadId);
        return this;
    }

    public TestChannel.Turn say(String text) {
        Activity message = activity(ActivityTypes.MESSAGE);
        message.setText(text);
        return take(channel.process(message, bot.get()));
    }

    /** Presses a button of the card shown now, with the inputs as the person filled them in. */
    public TestChannel.Turn press(String verb, Map<String, String> inputs) {
        return pressWithToken(verb, currentToken(), inputs);
    }

    public TestChannel.Turn press(String verb) {
        return press(verb, Map.of());
    }

    /** A card as it was shown, to press later after other cards came in between. */
    public record Shown(JsonNode card, String activityId) {
        public String token() {
            return card.path("actions").path(0).path("data").path("token").asText("");
        }
    }

    /** The card in front of the person now, kept to be pressed later. */
    public Shown shown() {
        return new Shown(card, cardActivityId);
    }

    /**
     * Scrolls up to a card shown earlier and presses one of its buttons, as Teams sends it: the button's own data
     * with the card's inputs; its answer is the card in front now.
     */
    public TestChannel.Turn pressOn(Shown earlier, String verb, Map<String, String> inputs) {
        card = earlier.card();
        cardActivityId = earlier.activityId();
        ObjectNode data = earlier.card().findParents("verb").stream()
                .filter(action -> action.path("verb").asText().equals(verb))
                .map(action -> action.path("data"))
                .filter(JsonNode::isObject)
                .map(found -> ((ObjectNode) found).deepCopy())
                .findFirst()
                .orElseGet(JsonNodeFactory.instance::objectNode);
        data.put("token", earlier.token());
        inputs.forEach(data::put);
        return invoke(verb, data);
    }

    /**
     * Presses the button with this verb on the card shown now, wherever it is on the card, with the data the card
     * gave it: a confirmation's Confirm, a summary's Open. No such button is a failing test.
     */
    public TestChannel.Turn pressButton(String verb) {
        JsonNode button = card.findParents("verb").stream()
                .filter(action -> action.path("type").asText().equals("Action.Execute"))
                .filter(action -> action.path("verb").asText().equals(verb))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + verb + " on " + card));
        JsonNode data = button.path("data");
        return invoke(verb, data.isObject() ? ((ObjectNode) data).deepCopy() : JsonNodeFactory.instance.objectNode());
    }

    public TestChannel.Turn pressWithToken(String verb, String token, Map<String, String> inputs) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("token", token);
        inputs.forEach(data::put);
        return invoke(verb, data);
    }

    public TestChannel.Turn invoke(String verb, ObjectNode data) {
        Activity invoke = activity(ActivityTypes.INVOKE);
        invoke.setName("adaptiveCard/action");
        invoke.setReplyToId(cardActivityId);
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .set("data", data);
        value.put("trigger", "manual");
        invoke.setValue(value);
        return take(channel.process(invoke, bot.get()));
    }

    public TestChannel.Turn search(String query) {
        return search(query, "postkamer.people");
    }

    public TestChannel.Turn search(String query, String dataset) {
        Activity invoke = activity(ActivityTypes.INVOKE);
        invoke.setName("application/search");
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.put("queryText", query)
                .put("dataset", dataset)
                .putObject("queryOptions")
                .put("top", 10);
        invoke.setValue(value);
        return channel.process(invoke, bot.get());
    }

    /**
     * Waits for the bot to change or post a card on its own after the person's last turn (a follow-up);
     * that card is then the one in front of the person.
     */
    public JsonNode awaitCard(java.util.function.Predicate<String> text, java.time.Duration atMost) {
        Activity arrived = channel.awaitIn(
                conversationId,
                seenThrough,
                activity ->
                        firstCard(activity).filter(c -> text.test(c.toString())).isPresent(),
                atMost);
        card = firstCard(arrived).orElseThrow();
        cardActivityId = arrived.getId();
        return card;
    }

    public String conversationId() {
        return conversationId;
    }

    /** The card in front of the person now. */
    public JsonNode card() {
        return card;
    }

    /** Every text on the card now, one per line: text blocks, facts, input labels and values, buttons. */
    public String cardText() {
        List<String> lines = new ArrayList<>();
        collect(card, lines);
        return String.join("\n", lines);
    }

    /** The data of the button with this verb whose data names this value (a mailbox's id, say), as the card gave it. */
    public ObjectNode buttonData(String verb, String key, String value) {
        JsonNode button = card.findParents("verb").stream()
                .filter(action -> action.path("verb").asText().equals(verb))
                .filter(action -> action.path("data").path(key).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + verb + " for " + value + " on " + card));
        return ((ObjectNode) button.path("data")).deepCopy();
    }

    /** The titles of the card's buttons that act (Action.Execute), wherever they are on it, in order. */
    public List<String> buttonTitles() {
        return card.findParents("verb").stream()
                .filter(action -> action.path("type").asText().equals("Action.Execute"))
                .map(action -> action.path("title").asText())
                .toList();
    }

    public List<String> buttons() {
        List<String> verbs = new ArrayList<>();
        card.path("actions").forEach(action -> verbs.add(action.path("verb").asText()));
        return verbs;
    }

    public String currentToken() {
        return card.path("actions").path(0).path("data").path("token").asText("");
    }

    public List<String> toasts() {
        return List.copyOf(toasts);
    }

    public String lastToast() {
        return toasts.isEmpty() ? "" : toasts.get(toasts.size() - 1);
    }

    private TestChannel.Turn take(TestChannel.Turn turn) {
        seenThrough = channel.receivedIn(conversationId);
        // What came through the connector, in order, with the invoke's answer where it was given.
        int answeredAt = Math.min(turn.invokeAnsweredAfter(), turn.inOrder().size());
        turn.inOrder().subList(0, answeredAt).forEach(this::see);
        turn.invokeResponse().ifPresent(response -> {
            JsonNode body = JSON.valueToTree(response.getBody());
            if (body.path("type").asText().equals("application/vnd.microsoft.card.adaptive")) {
                card = body.path("value");
            } else {
                toasts.add(body.path("value").asText());
            }
        });
        turn.inOrder().subList(answeredAt, turn.inOrder().size()).forEach(this::see);
        // Replies in the HTTP answer (expectReplies) come after everything else.
        List<Activity> inAnswer = turn.posted()
                .subList(
                        (int) turn.inOrder().stream()
                                .filter(receipt -> !receipt.update())
                                .count(),
                        turn.posted().size());
        inAnswer.forEach(posted -> see(new TestChannel.Receipt(false, posted)));
        return turn;
    }

    private void see(TestChannel.Receipt receipt) {
        Activity activity = receipt.activity();
        if (receipt.update()) {
            if (java.util.Objects.equals(activity.getId(), cardActivityId)) {
                firstCard(activity).ifPresent(c -> card = c);
            }
            return;
        }
        Optional<JsonNode> postedCard = firstCard(activity);
        if (postedCard.isPresent()) {
            card = postedCard.get();
            cardActivityId = activity.getId();
        } else if (activity.getText() != null) {
            toasts.add(activity.getText());
        }
    }

    private static Optional<JsonNode> firstCard(Activity activity) {
        List<Attachment> attachments =
                Optional.ofNullable(activity.getAttachments()).orElse(List.of());
        return attachments.stream().findFirst().map(a -> JSON.valueToTree(a.getContent()));
    }

    private Activity activity(String type) {
        Activity activity = new Activity(type);
        activity.setId("in-" + System.nanoTime());
        activity.setChannelId("msteams");
        activity.setServiceUrl("https://smba.example.test/emea/");
        activity.setFrom(user);
        activity.setRecipient(new ChannelAccount("28:postkamer", "Postkamer"));
        ConversationAccount conversation = new ConversationAccount();
        conversation.setId(conversationId);
        conversation.setConversationType(conversationType);
        activity.setConversation(conversation);
        activity.setLocale(locale);
        return activity;
    }

    private static void collect(JsonNode node, List<String> lines) {
        if (node.isObject()) {
            for (String field : List.of("text", "title", "label", "value")) {
                JsonNode value = node.get(field);
                if (value != null && value.isValueNode() && !value.asText().isEmpty()) {
                    lines.add(value.asText());
                }
            }
            node.fields().forEachRemaining(entry -> {
                if (entry.getValue().isContainerNode() && !entry.getKey().equals("data")) {
                    collect(entry.getValue(), lines);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, lines));
        }
    }

    static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }
}
