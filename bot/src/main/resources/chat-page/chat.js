/*
 * The local chat page: talks to the bot's own /api/messages the way Teams does. The bot posts its
 * replies, notices and card updates to the page's Bot Connector on this server, which passes them on
 * to every open page as they happen (Server-Sent Events, /chat/events), whoever's chat they are in.
 * Cards are drawn with Microsoft's renderer.
 */
(function () {
  "use strict";

  const AC = window.AdaptiveCards;
  const CHANNEL_ID = "postkamer-local";
  const BOT = { id: "postkamer-bot", name: "Postkamer", role: "bot" };
  const CARD = "application/vnd.microsoft.card.adaptive";
  const MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";
  const ERROR_RESPONSE = "application/vnd.microsoft.error";
  const SEARCH_PAGE = 15;

  const TEXTS = {
    en: {
      subtitle: "Shared mailboxes, run from chat – local demo",
      youAre: "You are", language: "Language", newChat: "New chat", message: "Message",
      placeholder: "Type a message", send: "Send", emptyHint: "Type “help” to see what Postkamer can do.",
      conversation: "Conversation", card: "Card from Postkamer", you: "You",
      roles: { GLOBAL_ADMINISTRATOR: "Global Administrator", EXCHANGE_ADMINISTRATOR: "Exchange Administrator", USER: "User" },
      failed: "Postkamer did not answer ({0}). Try again.", noPeople: "The people of the tenant could not be loaded ({0}).",
      searchFailed: "Unable to load", searchPeople: "Search for people", unread: "{0} new"
    },
    nl: {
      subtitle: "Gedeelde postvakken vanuit de chat – lokale demo",
      youAre: "U bent", language: "Taal", newChat: "Nieuwe chat", message: "Bericht",
      placeholder: "Typ een bericht", send: "Verzenden", emptyHint: "Typ “hulp” om te zien wat Postkamer kan.",
      conversation: "Gesprek", card: "Kaart van Postkamer", you: "U",
      roles: { GLOBAL_ADMINISTRATOR: "Globale beheerder", EXCHANGE_ADMINISTRATOR: "Exchange-beheerder", USER: "Gebruiker" },
      failed: "Postkamer gaf geen antwoord ({0}). Probeer het opnieuw.", noPeople: "De personen van de tenant konden niet worden geladen ({0}).",
      searchFailed: "Kan niet laden", searchPeople: "Personen zoeken", unread: "{0} nieuw"
    }
  };

  const HOST_CONFIG = new AC.HostConfig({
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif",
    supportsInteractivity: true,
    choiceSetInputValueSeparator: ",",
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: "#E0E0E0" },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: {
        backgroundColor: "#FFFFFF",
        foregroundColors: {
          default: { default: "#242424", subtle: "#616161" },
          dark: { default: "#242424", subtle: "#616161" },
          light: { default: "#FFFFFF", subtle: "#F5F5F5" },
          accent: { default: "#5B5FC7", subtle: "#6264A7" },
          good: { default: "#237B4B", subtle: "#2E8B57" },
          warning: { default: "#835C00", subtle: "#A56C00" },
          attention: { default: "#C4314B", subtle: "#D13438" }
        }
      },
      emphasis: {
        backgroundColor: "#F5F5F5",
        foregroundColors: {
          default: { default: "#242424", subtle: "#616161" },
          accent: { default: "#5B5FC7", subtle: "#6264A7" },
          good: { default: "#237B4B", subtle: "#2E8B57" },
          warning: { default: "#835C00", subtle: "#A56C00" },
          attention: { default: "#C4314B", subtle: "#D13438" }
        }
      },
      accent: { backgroundColor: "#E8EBFA" },
      good: { backgroundColor: "#E7F2DA" },
      attention: { backgroundColor: "#FCF4F6" },
      warning: { backgroundColor: "#FBF6D9" }
    },
    actions: {
      maxActions: 6, spacing: "default", buttonSpacing: 8,
      showCard: { actionMode: "inline", inlineTopMargin: 16 },
      actionsOrientation: "horizontal", actionAlignment: "left", iconPlacement: "leftOfTitle"
    },
    adaptiveCard: { allowCustomStyle: true },
    inputs: {
      allowDynamicallyFilteredChoiceSet: true,
      debounceTimeInMilliSeconds: 250,
      label: {
        requiredInputs: { weight: "bolder", suffix: " *", suffixColor: "attention" },
        optionalInputs: { weight: "bolder" },
        inputSpacing: "small"
      },
      errorMessage: { color: "attention", size: "small" }
    },
    factSet: {
      title: { weight: "bolder", wrap: true, maxWidth: 150 },
      value: { wrap: true }, spacing: 8
    }
  });

  const ui = {
    transcript: byId("transcript"), emptyHint: byId("empty-hint"), status: byId("status"),
    compose: byId("compose"), message: byId("message"), send: byId("send"),
    person: byId("person"), language: byId("language"), newChat: byId("new-chat"),
    identityName: byId("identity-name"), identityRole: byId("identity-role"), identityAvatar: byId("identity-avatar"),
    chatBadge: byId("chat-badge")
  };
  const session = window.sessionStorage;
  let people = [];
  let serviceUrl = "";
  let queue = Promise.resolve();
  let pending = 0;
  /** Each person's chat with the bot, as Teams keeps one per person: its conversation and what is in it. */
  const chats = new Map();

  /** crypto.randomUUID exists only in secure contexts; the page may be opened over plain http on a LAN. */
  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function texts() {
    return TEXTS[locale().startsWith("nl") ? "nl" : "en"];
  }

  function format(text, ...values) {
    return values.reduce((result, value, i) => result.replace("{" + i + "}", String(value)), text);
  }

  function locale() {
    return session.getItem("postkamer.locale") || "en-US";
  }

  function me() {
    const id = session.getItem("postkamer.person");
    return people.find(p => p.id === id) || people[0];
  }

  /** The chat of a person, made when first needed; its conversation id survives a reload of the page. */
  function chatOf(personId) {
    let chat = chats.get(personId);
    if (!chat) {
      const saved = JSON.parse(session.getItem("postkamer.chats") || "{}");
      chat = { conversationId: saved[personId] || "local-" + newId(), items: [], unread: 0 };
      chats.set(personId, chat);
      saveConversations();
    }
    return chat;
  }

  function saveConversations() {
    const saved = {};
    chats.forEach((chat, personId) => { saved[personId] = chat.conversationId; });
    session.setItem("postkamer.chats", JSON.stringify(saved));
  }

  // --- the activities the page sends

  function activity(type, fields, conversationId) {
    const person = me();
    return Object.assign({
      type: type,
      id: newId(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      channelId: CHANNEL_ID,
      serviceUrl: serviceUrl,
      from: { id: person.id, aadObjectId: person.id, name: person.displayName, role: "user" },
      recipient: BOT,
      conversation: { id: conversationId || chatOf(person.id).conversationId, conversationType: "personal" },
      locale: locale()
    }, fields);
  }

  async function post(body) {
    const response = await fetch("/api/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    const text = await response.text();
    return text ? JSON.parse(text) : {};
  }

  /** Turns run one after another, as a channel delivers them; the page shows that Postkamer is busy. */
  function inTurn(work) {
    const turn = queue.then(async () => {
      busy(+1);
      try {
        return await work();
      } catch (failure) {
        ui.status.textContent = format(texts().failed, failure.message);
        return undefined;
      } finally {
        busy(-1);
      }
    });
    queue = turn;
    return turn;
  }

  function busy(change) {
    pending += change;
    showTyping();
  }

  function showTyping() {
    ui.transcript.setAttribute("aria-busy", pending > 0 ? "true" : "false");
    const typing = ui.transcript.querySelector(".typing-row");
    if (pending > 0 && !typing) {
      const row = messageRow("bot");
      row.classList.add("typing-row");
      const dots = document.createElement("div");
      dots.className = "bubble typing";
      dots.setAttribute("aria-hidden", "true");
      dots.append(document.createElement("span"), document.createElement("span"), document.createElement("span"));
      row.querySelector(".message-body").append(dots);
      ui.transcript.append(row);
      scrollDown();
    } else if (pending === 0 && typing) {
      typing.remove();
    }
  }

  function sendText(text) {
    addItem(me().id, { kind: "user", text: text });
    return inTurn(async () => {
      ui.status.textContent = "";
      await post(activity("message", { text: text, textFormat: "plain" }));
    });
  }

  function sendSubmit(data, item) {
    const fields = typeof data === "string" ? { text: data } : { value: data || {} };
    return inTurn(async () => {
      ui.status.textContent = "";
      await post(activity("message", fields, item && item.conversationId));
    });
  }

  /** Universal Actions: the card that answers replaces the pressed card, as in Teams. */
  function sendExecute(action, item) {
    const value = { action: { type: "Action.Execute", verb: action.verb || "", data: action.data || {} }, trigger: "manual" };
    if (action.id) {
      value.action.id = action.id;
    }
    return inTurn(async () => {
      ui.status.textContent = "";
      const answer = invokeAnswer(await post(activity("invoke",
          { name: "adaptiveCard/action", value: value, replyToId: item.id }, item.conversationId)));
      const result = answer.result || {};
      if (result.type === CARD && result.value) {
        replaceCard(me().id, item, result.value);
      } else if (result.type === MESSAGE_RESPONSE && result.value) {
        addItem(me().id, { kind: "text", text: String(result.value), style: "bubble-toast" });
      } else if (result.type === ERROR_RESPONSE) {
        addItem(me().id, { kind: "text", text: (result.value && result.value.message) || String(result.value),
          style: "bubble-notice" });
      }
    });
  }

  /** The answer to an invoke: its body directly, or the invokeResponse among expectReplies' activities. */
  function invokeAnswer(body) {
    if (body && Array.isArray(body.activities)) {
      const response = body.activities.find(a => a.type === "invokeResponse");
      return { result: response && response.value ? response.value.body : undefined };
    }
    return { result: body };
  }

  // --- what the bot posts to the page's connector, in anyone's chat

  function listen() {
    const events = new EventSource("/chat/events");
    events.addEventListener("activity", message => received(JSON.parse(message.data)));
  }

  /** The person a bot activity is for: the recipient of a reply or a notice. */
  function personOf(posted) {
    const to = posted.recipient || {};
    return to.aadObjectId || to.id || "";
  }

  function received(event) {
    const posted = event.activity || {};
    const personId = personOf(posted);
    if (!personId || posted.type !== "message") {
      return;
    }
    const chat = chatOf(personId);
    if (event.kind === "posted") {
      if (chat.conversationId !== event.conversationId) {
        // Teams has one personal chat per person: a chat the bot opened for someone becomes theirs.
        chat.conversationId = event.conversationId;
        saveConversations();
      }
      if (posted.text) {
        addItem(personId, { kind: "text", text: posted.text });
      }
      for (const attachment of posted.attachments || []) {
        if (attachment.contentType === CARD) {
          addItem(personId, { kind: "card", id: posted.id, conversationId: event.conversationId,
            content: attachment.content });
        }
      }
    } else if (event.kind === "updated") {
      const item = chat.items.find(candidate => candidate.kind === "card" && candidate.id === posted.id);
      const card = (posted.attachments || []).find(attachment => attachment.contentType === CARD);
      if (item && card) {
        replaceCard(personId, item, card.content);
      }
    }
  }

  function addItem(personId, item) {
    const chat = chatOf(personId);
    item.time = new Date();
    chat.items.push(item);
    if (me() && personId === me().id) {
      show(item);
      scrollDown();
    } else {
      chat.unread++;
      showUnread();
    }
  }

  function replaceCard(personId, item, content) {
    item.content = content;
    if (me() && personId === me().id && item.bubble) {
      renderCard(item);
      item.bubble.classList.remove("bubble-updated");
      void item.bubble.offsetWidth;
      item.bubble.classList.add("bubble-updated");
    } else if (!me() || personId !== me().id) {
      chatOf(personId).unread++;
      showUnread();
    }
  }

  /** Unread messages in other people's chats: a count on the Chat rail and next to their names. */
  function showUnread() {
    let total = 0;
    chats.forEach(chat => { total += chat.unread; });
    ui.chatBadge.hidden = total === 0;
    ui.chatBadge.textContent = total > 9 ? "9+" : String(total);
    fillPeople();
  }

    // --- typeahead (Input.ChoiceSet with choices.data of type Data.Query)

  const fetchedChoices = new WeakMap();

  async function searchFor(dataset, filter, count) {
    const body = await post(activity("invoke", {
      name: "application/search",
      value: { queryText: filter, dataset: dataset, queryOptions: { skip: 0, top: count || SEARCH_PAGE } }
    }));
    const result = invokeAnswer(body).result || {};
    return ((result.value && result.value.results) || [])
      .filter(r => r && r.title !== undefined)
      .map(r => ({ title: String(r.title), value: String(r.value) }));
  }

  async function search(input) {
    const filter = input.getFilterForDynamicSearch();
    if (!filter || !input.choicesData) {
      return;
    }
    input.showLoadingIndicator();
    try {
      const found = await searchFor(input.choicesData.dataset, filter, input.choicesData.count);
      fetchedChoices.set(input, found);
      input.removeLoadingIndicator();
      input.renderChoices(filter, found);
    } catch (failure) {
      input.removeLoadingIndicator();
      input.showErrorIndicator(filter, texts().searchFailed);
    }
  }

  /**
   * The renderer's dynamic typeahead picks one value; for a list where several can be chosen the page
   * adds a search box, as Teams does, whose finds join the list ticked.
   */
  function addMultiSearch(item, input, dataset) {
    const box = document.createElement("div");
    box.className = "multi-search";
    const field = document.createElement("input");
    field.type = "search";
    field.className = "multi-search-field";
    field.placeholder = texts().searchPeople;
    field.setAttribute("aria-label", texts().searchPeople);
    const found = document.createElement("ul");
    found.className = "multi-search-results";
    found.setAttribute("role", "listbox");
    box.append(field, found);
    let timer;
    field.addEventListener("input", () => {
      clearTimeout(timer);
      const filter = field.value.trim();
      timer = setTimeout(async () => {
        found.replaceChildren();
        if (!filter) {
          return;
        }
        try {
          for (const choice of await searchFor(dataset, filter, SEARCH_PAGE)) {
            const option = document.createElement("li");
            option.setAttribute("role", "option");
            option.tabIndex = 0;
            option.className = "multi-search-result";
            option.textContent = choice.title;
            const pick = () => choose(item, input.id, choice);
            option.addEventListener("click", pick);
            option.addEventListener("keydown", event => { if (event.key === "Enter") { pick(); } });
            found.append(option);
          }
        } catch (failure) {
          found.textContent = texts().searchFailed;
        }
      }, 250);
    });
    const rendered = input.renderedElement;
    if (rendered && rendered.parentNode) {
      rendered.parentNode.insertBefore(box, rendered.nextSibling);
    }
  }

  /** A found choice joins the list, ticked; what was filled in on the card stays as it was. */
  function choose(item, inputId, choice) {
    const values = {};
    for (const input of item.card.getAllInputs()) {
      values[input.id] = input.value;
    }
    const chosen = (values[inputId] || "").split(",").filter(Boolean);
    if (!chosen.includes(choice.value)) {
      chosen.push(choice.value);
    }
    values[inputId] = chosen.join(",");
    const content = JSON.parse(JSON.stringify(item.content));
    (function fill(node) {
      if (Array.isArray(node)) {
        node.forEach(fill);
      } else if (node && typeof node === "object") {
        if (node.id && Object.prototype.hasOwnProperty.call(values, node.id) && String(node.type || "").startsWith("Input.")) {
          node.value = values[node.id];
          if (node.id === inputId && Array.isArray(node.choices) && !node.choices.some(c => c.value === choice.value)) {
            node.choices.push({ title: choice.title, value: choice.value });
          }
        }
        Object.values(node).forEach(fill);
      }
    })(content);
    item.content = content;
    renderCard(item);
  }

  /** The renderer reports a fetched choice by its title; the bot expects its value, as Teams sends. */
  function withChosenValues(card, data) {
    if (!data || typeof data !== "object") {
      return data;
    }
    const result = Object.assign({}, data);
    for (const input of card.getAllInputs()) {
      const found = fetchedChoices.get(input);
      if (found && input.id in result) {
        const chosen = found.find(choice => choice.title === result[input.id]);
        if (chosen) {
          result[input.id] = chosen.value;
        }
      }
    }
    return result;
  }

  // --- rendering

  /**
   * The markdown subset Teams shows in a TextBlock: **bold**, _italic_, [links](https://…), "- " and
   * "1. " lists. The text is escaped first, so a card can never inject markup.
   */
  function markdown(text) {
    const escaped = String(text).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[c]);
    const inline = line => line
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,!?:;])/g, "$1<em>$2</em>")
      .replace(/\[([^\]]+)\]\(((?:https?:|mailto:)[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>');
    const html = [];
    let list = null;
    for (const line of escaped.split(/\r?\n/)) {
      const item = /^\s*(?:([-*])|(\d+)\.)\s+(.*)$/.exec(line);
      const kind = item ? (item[1] ? "ul" : "ol") : null;
      if (list && list !== kind) {
        html.push("</" + list + ">");
        list = null;
      }
      if (kind) {
        if (!list) {
          html.push("<" + kind + ">");
          list = kind;
        }
        html.push("<li>" + inline(item[3]) + "</li>");
      } else if (line.trim()) {
        html.push("<p>" + inline(line) + "</p>");
      }
    }
    if (list) {
      html.push("</" + list + ">");
    }
    return html.join("");
  }

  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  function renderCard(item) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = HOST_CONFIG;
    card.parse(item.content);
    const multiSearches = [];
    for (const input of card.getAllInputs()) {
      if (input instanceof AC.ChoiceSetInput && input.isMultiSelect && input.choicesData) {
        multiSearches.push({ input: input, dataset: input.choicesData.dataset });
        input.choicesData = undefined;
      }
    }
    card.onExecuteAction = action => onAction(action, item);
    card.onInputValueChanged = input => {
      if (input instanceof AC.ChoiceSetInput && input.isDynamicTypeahead()) {
        search(input);
      }
    };
    const element = card.render();
    item.card = card;
    item.bubble.replaceChildren(element || document.createTextNode(item.content.fallbackText || ""));
    multiSearches.forEach(found => addMultiSearch(item, found.input, found.dataset));
  }

  function onAction(action, item) {
    if (action instanceof AC.ExecuteAction) {
      action = { id: action.id, verb: action.verb, data: withChosenValues(item.card, action.data) };
      sendExecute(action, item);
    } else if (action instanceof AC.SubmitAction) {
      sendSubmit(withChosenValues(item.card, action.data), item);
    } else if (action instanceof AC.OpenUrlAction) {
      openUrl(action.url);
    }
  }

  function openUrl(url) {
    try {
      const target = new URL(url, window.location.href);
      if (["http:", "https:", "mailto:"].includes(target.protocol)) {
        window.open(target.href, "_blank", "noopener,noreferrer");
      }
    } catch (malformed) {
      // a URL the browser cannot parse is not opened
    }
  }

  function messageRow(who, at) {
    ui.emptyHint.hidden = true;
    const row = document.createElement("div");
    row.className = "message message-" + who;
    const body = document.createElement("div");
    body.className = "message-body";
    const meta = document.createElement("div");
    meta.className = "message-meta";
    const name = document.createElement("strong");
    name.textContent = who === "bot" ? BOT.name : texts().you;
    const time = document.createElement("span");
    time.textContent = (at || new Date()).toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit" });
    meta.append(name, time);
    body.append(meta);
    if (who === "bot") {
      const avatar = document.createElement("div");
      avatar.className = "avatar avatar-bot";
      avatar.setAttribute("aria-hidden", "true");
      avatar.textContent = "P";
      row.append(avatar);
    }
    row.append(body);
    return row;
  }

  function bubbleIn(row, extraClass) {
    const bubble = document.createElement("div");
    bubble.className = "bubble" + (extraClass ? " " + extraClass : "");
    row.querySelector(".message-body").append(bubble);
    const typing = ui.transcript.querySelector(".typing-row");
    ui.transcript.insertBefore(row, typing);
    return bubble;
  }

  /** One item of the chat shown at its end: what the person typed, a text or a card from the bot. */
  function show(item) {
    if (item.kind === "user") {
      bubbleIn(messageRow("user", item.time)).textContent = item.text;
    } else if (item.kind === "text") {
      bubbleIn(messageRow("bot", item.time), item.style).textContent = item.text;
    } else {
      item.bubble = bubbleIn(messageRow("bot", item.time), "bubble-card");
      item.bubble.setAttribute("role", "group");
      item.bubble.setAttribute("aria-label", texts().card);
      item.bubble.dataset.activityId = item.id || "";
      renderCard(item);
    }
  }

  /** The chat of the person the page is now, from its first item. */
  function showChat() {
    ui.transcript.querySelectorAll(".message").forEach(row => row.remove());
    const chat = chatOf(me().id);
    chat.unread = 0;
    ui.emptyHint.hidden = chat.items.length > 0;
    chat.items.forEach(show);
    showTyping();
    showUnread();
    scrollDown();
  }

  function scrollDown() {
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
  }

  // --- who you are, the language, a new conversation

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).map(w => w[0]).filter(c => c === c.toUpperCase()).slice(0, 2).join("");
  }

  function showIdentity() {
    const person = me();
    if (!person) {
      return;
    }
    ui.identityName.textContent = person.displayName;
    ui.identityRole.textContent = texts().roles[person.role] || person.roleLabel;
    ui.identityAvatar.textContent = initials(person.displayName);
  }

  function fillPeople() {
    const selected = me();
    ui.person.replaceChildren(...people.map(person => {
      const option = document.createElement("option");
      const unread = chats.has(person.id) ? chats.get(person.id).unread : 0;
      option.value = person.id;
      option.textContent = person.displayName + " – " + (texts().roles[person.role] || person.roleLabel)
          + (unread > 0 ? " (" + format(texts().unread, unread) + ")" : "");
      option.selected = selected && person.id === selected.id;
      return option;
    }));
  }

  function applyLanguage() {
    const t = texts();
    document.documentElement.lang = locale().startsWith("nl") ? "nl" : "en";
    ui.language.value = locale();
    byId("chat-subtitle").textContent = t.subtitle;
    byId("label-person").textContent = t.youAre;
    byId("label-language").textContent = t.language;
    byId("label-message").textContent = t.message;
    ui.newChat.textContent = t.newChat;
    ui.message.placeholder = t.placeholder;
    ui.send.setAttribute("aria-label", t.send);
    ui.emptyHint.textContent = t.emptyHint;
    ui.transcript.setAttribute("aria-label", t.conversation);
    fillPeople();
    showIdentity();
  }

  /** A new chat for the person the page is now: a new conversation, nothing in it yet. */
  function newConversation() {
    queue = queue.then(() => {
      const chat = chatOf(me().id);
      chat.conversationId = "local-" + newId();
      chat.items = [];
      saveConversations();
      ui.status.textContent = "";
      showChat();
    });
  }

  async function getJson(path) {
    const response = await fetch(path, { headers: { "Accept": "application/json" } });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  async function start() {
    try {
      people = await getJson("/chat/people");
      serviceUrl = (await getJson("/chat/config")).serviceUrl;
    } catch (failure) {
      ui.status.textContent = format(texts().noPeople, failure.message);
      return;
    }
    applyLanguage();
    ui.compose.addEventListener("submit", event => {
      event.preventDefault();
      const text = ui.message.value.trim();
      if (text && me()) {
        ui.message.value = "";
        sendText(text);
      }
    });
    ui.person.addEventListener("change", () => {
      session.setItem("postkamer.person", ui.person.value);
      ui.status.textContent = "";
      showIdentity();
      showChat();
    });
    ui.language.addEventListener("change", () => {
      session.setItem("postkamer.locale", ui.language.value);
      applyLanguage();
    });
    ui.newChat.addEventListener("click", newConversation);
    listen();
    showChat();
    document.body.dataset.ready = "true";
    ui.message.focus();
  }

  start();
})();
