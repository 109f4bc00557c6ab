/*
 * The local chat page: talks to the bot's own /api/messages the way a channel would (expectReplies,
 * so the replies come back in the response) and renders its Adaptive Cards with Microsoft's renderer.
 */
(function () {
  "use strict";

  const AC = window.AdaptiveCards;
  const CHANNEL_ID = "postkamer-local";
  // Replies come back in the HTTP response; nothing may ever be sent to this address.
  const SERVICE_URL = "https://postkamer-local.invalid/";
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
      searchFailed: "Unable to load"
    },
    nl: {
      subtitle: "Gedeelde postvakken vanuit de chat – lokale demo",
      youAre: "U bent", language: "Taal", newChat: "Nieuwe chat", message: "Bericht",
      placeholder: "Typ een bericht", send: "Verzenden", emptyHint: "Typ “hulp” om te zien wat Postkamer kan.",
      conversation: "Gesprek", card: "Kaart van Postkamer", you: "U",
      roles: { GLOBAL_ADMINISTRATOR: "Globale beheerder", EXCHANGE_ADMINISTRATOR: "Exchange-beheerder", USER: "Gebruiker" },
      failed: "Postkamer gaf geen antwoord ({0}). Probeer het opnieuw.", noPeople: "De personen van de tenant konden niet worden geladen ({0}).",
      searchFailed: "Kan niet laden"
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
    identityName: byId("identity-name"), identityRole: byId("identity-role"), identityAvatar: byId("identity-avatar")
  };
  const session = window.sessionStorage;
  let people = [];
  let queue = Promise.resolve();
  let pending = 0;

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

  function conversationId() {
    let id = session.getItem("postkamer.conversation");
    if (!id) {
      id = "local-" + newId();
      session.setItem("postkamer.conversation", id);
    }
    return id;
  }

  // --- the activities the page sends

  function activity(type, fields) {
    const person = me();
    return Object.assign({
      type: type,
      id: newId(),
      timestamp: new Date().toISOString(),
      localTimestamp: new Date().toISOString(),
      localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      channelId: CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      from: { id: person.id, aadObjectId: person.id, name: person.displayName, role: "user" },
      recipient: BOT,
      conversation: { id: conversationId(), conversationType: "personal" },
      locale: locale(),
      deliveryMode: "expectReplies"
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
    showUserText(text);
    return inTurn(async () => {
      ui.status.textContent = "";
      showReplies(await post(activity("message", { text: text, textFormat: "plain" })));
    });
  }

  function sendSubmit(data) {
    const fields = typeof data === "string" ? { text: data } : { value: data || {} };
    return inTurn(async () => {
      ui.status.textContent = "";
      showReplies(await post(activity("message", fields)));
    });
  }

  /** Universal Actions: the card that answers replaces the pressed card, as in Teams. */
  function sendExecute(action, shown) {
    const value = { action: { type: "Action.Execute", verb: action.verb || "", data: action.data || {} }, trigger: "manual" };
    if (action.id) {
      value.action.id = action.id;
    }
    return inTurn(async () => {
      ui.status.textContent = "";
      const answer = invokeAnswer(await post(activity("invoke", { name: "adaptiveCard/action", value: value })));
      showReplies({ activities: answer.others });
      const result = answer.result || {};
      if (result.type === CARD && result.value) {
        renderCard(shown, result.value);
        shown.bubble.classList.remove("bubble-updated");
        void shown.bubble.offsetWidth;
        shown.bubble.classList.add("bubble-updated");
      } else if (result.type === MESSAGE_RESPONSE && result.value) {
        showBotText(String(result.value), "bubble-toast");
      } else if (result.type === ERROR_RESPONSE) {
        showBotText((result.value && result.value.message) || String(result.value), "bubble-notice");
      }
    });
  }

  /** The answer to an invoke: its body directly, or the invokeResponse among expectReplies' activities. */
  function invokeAnswer(body) {
    if (body && Array.isArray(body.activities)) {
      const response = body.activities.find(a => a.type === "invokeResponse");
      return {
        result: response && response.value ? response.value.body : undefined,
        others: body.activities.filter(a => a.type !== "invokeResponse")
      };
    }
    return { result: body, others: [] };
  }

  // --- typeahead (Input.ChoiceSet with choices.data of type Data.Query)

  const fetchedChoices = new WeakMap();

  async function search(input) {
    const filter = input.getFilterForDynamicSearch();
    if (!filter || !input.choicesData) {
      return;
    }
    input.showLoadingIndicator();
    try {
      const body = await post(activity("invoke", {
        name: "application/search",
        value: {
          queryText: filter,
          dataset: input.choicesData.dataset,
          queryOptions: { skip: input.choicesData.skip || 0, top: input.choicesData.count || SEARCH_PAGE }
        }
      }));
      const result = invokeAnswer(body).result || {};
      const found = ((result.value && result.value.results) || [])
        .filter(r => r && r.title !== undefined)
        .map(r => ({ title: String(r.title), value: String(r.value) }));
      fetchedChoices.set(input, found);
      input.removeLoadingIndicator();
      input.renderChoices(filter, found);
    } catch (failure) {
      input.removeLoadingIndicator();
      input.showErrorIndicator(filter, texts().searchFailed);
    }
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

  function renderCard(shown, content) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = HOST_CONFIG;
    card.parse(content);
    // The renderer's dynamic typeahead picks a single value; a multi-select list keeps its static
    // choices (the bot always sends them) rather than losing every choice but one.
    for (const input of card.getAllInputs()) {
      if (input instanceof AC.ChoiceSetInput && input.isMultiSelect && input.choicesData) {
        input.choicesData = undefined;
      }
    }
    card.onExecuteAction = action => onAction(action, shown);
    card.onInputValueChanged = input => {
      if (input instanceof AC.ChoiceSetInput && input.isDynamicTypeahead()) {
        search(input);
      }
    };
    const element = card.render();
    shown.card = card;
    shown.bubble.replaceChildren(element || document.createTextNode(content.fallbackText || ""));
    scrollDown();
  }

  function onAction(action, shown) {
    if (action instanceof AC.ExecuteAction) {
      action = { id: action.id, verb: action.verb, data: withChosenValues(shown.card, action.data) };
      sendExecute(action, shown);
    } else if (action instanceof AC.SubmitAction) {
      sendSubmit(withChosenValues(shown.card, action.data));
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

  function showReplies(body) {
    for (const reply of (body && body.activities) || []) {
      if (reply.type !== "message") {
        continue;
      }
      if (reply.text) {
        showBotText(reply.text);
      }
      for (const attachment of reply.attachments || []) {
        if (attachment.contentType === CARD) {
          showCard(attachment.content);
        }
      }
    }
  }

  function messageRow(who) {
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
    time.textContent = new Date().toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit" });
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

  function showUserText(text) {
    bubbleIn(messageRow("user")).textContent = text;
    scrollDown();
  }

  function showBotText(text, extraClass) {
    bubbleIn(messageRow("bot"), extraClass).textContent = text;
    scrollDown();
  }

  function showCard(content) {
    const bubble = bubbleIn(messageRow("bot"), "bubble-card");
    bubble.setAttribute("role", "group");
    bubble.setAttribute("aria-label", texts().card);
    renderCard({ bubble: bubble }, content);
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
      option.value = person.id;
      option.textContent = person.displayName + " – " + (texts().roles[person.role] || person.roleLabel);
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

  function newConversation() {
    session.removeItem("postkamer.conversation");
    queue = queue.then(() => {
      ui.transcript.querySelectorAll(".message").forEach(row => row.remove());
      ui.emptyHint.hidden = false;
      ui.status.textContent = "";
    });
  }

  async function loadPeople() {
    const response = await fetch("/chat/people", { headers: { "Accept": "application/json" } });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    people = await response.json();
  }

  async function start() {
    try {
      await loadPeople();
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
      newConversation();
      showIdentity();
    });
    ui.language.addEventListener("change", () => {
      session.setItem("postkamer.locale", ui.language.value);
      applyLanguage();
    });
    ui.newChat.addEventListener("click", newConversation);
    document.body.dataset.ready = "true";
    ui.message.focus();
  }

  start();
})();
