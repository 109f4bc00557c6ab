"use strict";
// The local chat page: talks to /api/messages the way a channel would, with expectReplies so that the
// replies come back in the HTTP answer, and renders cards with Microsoft's Adaptive Cards renderer.
(() => {
  const state = { conversationId: null, user: null, locale: "en-US", people: [] };
  const messages = document.getElementById("messages");
  const who = document.getElementById("who");
  const role = document.getElementById("role");
  const language = document.getElementById("language");
  const composer = document.getElementById("composer");
  const input = document.getElementById("text");

  const hostConfig = new AdaptiveCards.HostConfig({
    fontFamily: "'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif",
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: "#E0E0E0" },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    supportsInteractivity: true,
    containerStyles: {
      default: {
        backgroundColor: "#FFFFFF",
        foregroundColors: {
          default: { default: "#242424", subtle: "#616161" },
          accent: { default: "#5B5FC7", subtle: "#4F52B2" },
          good: { default: "#237B4B", subtle: "#237B4B" },
          warning: { default: "#835C00", subtle: "#835C00" },
          attention: { default: "#C4314B", subtle: "#C4314B" }
        }
      },
      emphasis: { backgroundColor: "#F5F5F5" },
      accent: { backgroundColor: "#E8EBFA" },
      good: { backgroundColor: "#E7F2DA" },
      attention: { backgroundColor: "#FCF4F6" },
      warning: { backgroundColor: "#FBF6D9" }
    },
    actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: "inline" }, actionsOrientation: "horizontal", actionAlignment: "left" },
    adaptiveCard: { allowCustomStyle: true }
  });

  function uuid() {
    return crypto.randomUUID ? crypto.randomUUID()
      : "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx".replace(/x/g, () => Math.floor(Math.random() * 16).toString(16));
  }

  function activity(type, extra) {
    return Object.assign({
      type,
      id: uuid(),
      channelId: "postkamer-local",
      serviceUrl: location.origin + "/",
      timestamp: new Date().toISOString(),
      locale: state.locale,
      deliveryMode: "expectReplies",
      conversation: { id: state.conversationId, conversationType: "personal" },
      from: { id: state.user.id, aadObjectId: state.user.id, name: state.user.displayName },
      recipient: { id: "postkamer", name: "Postkamer", role: "bot" }
    }, extra);
  }

  async function send(outgoing) {
    const response = await fetch("/api/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(outgoing)
    });
    if (!response.ok) {
      throw new Error("The bot answered " + response.status);
    }
    return response.status === 200 ? (await response.json()).activities || [] : [];
  }

  function bubble(mine, sender) {
    const row = document.createElement("div");
    row.className = "message" + (mine ? " message--mine" : "");
    const box = document.createElement("div");
    box.className = "bubble";
    if (sender) {
      const name = document.createElement("div");
      name.className = "sender";
      name.textContent = sender;
      box.appendChild(name);
    }
    row.appendChild(box);
    messages.appendChild(row);
    messages.scrollTop = messages.scrollHeight;
    return box;
  }

  function toast(text, isError) {
    const note = document.createElement("div");
    note.className = "toast" + (isError ? " error" : "");
    note.setAttribute("role", isError ? "alert" : "status");
    note.textContent = text;
    messages.appendChild(note);
    messages.scrollTop = messages.scrollHeight;
  }

  function renderCard(content, holder) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = (action) => act(action, holder).catch((e) => toast(e.message, true));
    card.parse(content);
    const element = card.render();
    holder.replaceChildren(element);
    holder.classList.add("bubble--card");
    holder.dataset.cardVersion = String((Number(holder.dataset.cardVersion) || 0) + 1);
    messages.scrollTop = messages.scrollHeight;
  }

  function show(replies, pressedCard) {
    for (const reply of replies) {
      if (reply.type === "invokeResponse") {
        const body = reply.value && reply.value.body;
        if (body && body.type === "application/vnd.microsoft.card.adaptive" && pressedCard) {
          renderCard(body.value, pressedCard);
        } else if (body && body.type === "application/vnd.microsoft.activity.message") {
          toast(String(body.value));
        } else if (body && body.type === "application/vnd.microsoft.error") {
          toast(body.value && body.value.message ? body.value.message : "Error", true);
        }
        continue;
      }
      if (reply.type !== "message") {
        continue;
      }
      if (reply.text) {
        bubble(false, "Postkamer").appendChild(document.createTextNode(reply.text));
      }
      for (const attachment of reply.attachments || []) {
        if (attachment.contentType === "application/vnd.microsoft.card.adaptive") {
          renderCard(attachment.content, bubble(false));
        }
      }
    }
  }

  async function act(action, holder) {
    const kind = action.getJsonTypeName();
    if (kind === "Action.OpenUrl") {
      window.open(action.url, "_blank", "noopener");
      return;
    }
    const data = action.data || {};
    if (kind === "Action.Execute") {
      const invoke = activity("invoke", {
        name: "adaptiveCard/action",
        value: { action: { type: "Action.Execute", id: action.id, verb: action.verb, data }, trigger: "manual" }
      });
      show(await send(invoke), holder);
      return;
    }
    if (kind === "Action.Submit") {
      const teams = data.msteams || {};
      const text = teams.type === "messageBack" ? teams.text || "" : teams.type === "imBack" ? teams.value : "";
      if (teams.displayText || text) {
        bubble(true).appendChild(document.createTextNode(teams.displayText || text));
      }
      show(await send(activity("message", { text, value: data })));
    }
  }

  async function say(text) {
    bubble(true).appendChild(document.createTextNode(text));
    show(await send(activity("message", { text })));
  }

  async function start() {
    messages.replaceChildren();
    state.conversationId = "local-" + uuid();
    role.textContent = state.user.role || "";
    const update = activity("conversationUpdate", {
      membersAdded: [{ id: "postkamer", name: "Postkamer" }, { id: state.user.id, name: state.user.displayName }]
    });
    show(await send(update));
  }

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = "";
    say(text).catch((e) => toast(e.message, true));
  });

  language.addEventListener("change", () => {
    state.locale = language.value;
    document.documentElement.lang = state.locale.substring(0, 2);
  });

  who.addEventListener("change", () => {
    state.user = state.people.find((person) => person.id === who.value);
    start().catch((e) => toast(e.message, true));
  });

  fetch("/chat/people")
    .then((response) => response.json())
    .then((people) => {
      state.people = people;
      for (const person of people) {
        const option = document.createElement("option");
        option.value = person.id;
        option.textContent = person.displayName + (person.role ? " — " + person.role : "");
        who.appendChild(option);
      }
      state.user = people[0];
      return start();
    })
    .catch((e) => toast(e.message, true));
})();
