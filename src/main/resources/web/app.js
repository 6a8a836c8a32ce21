// The page's wiring: language, token, sending a record to the API, and showing the answer.
"use strict";

const API = "/api/v1";
const state = { lang: localStorage.getItem("elige.lang") || "es", decision: null, names: {}, problem: null, source: null, body: null };

document.addEventListener("DOMContentLoaded", () => {
  applyLang();
  Form.init(state.lang, formToJson).then(() => {
    Form.setLang(state.lang);
    formToJson();
  }, () => showMessage(t(state.lang, "e.network")));
  document.getElementById("lang").addEventListener("click", () => {
    state.lang = state.lang === "es" ? "en" : "es";
    localStorage.setItem("elige.lang", state.lang);
    applyLang();
  });
  document.getElementById("token").value = sessionStorage.getItem("elige.token") || "";
  document.getElementById("token-save").addEventListener("click", saveToken);
  document.getElementById("household").addEventListener("submit", (e) => {
    e.preventDefault();
    const record = Form.record();
    evaluate(JSON.stringify(record), record, "form");
  });
  document.getElementById("json-submit").addEventListener("click", () => {
    const text = document.getElementById("json").value;
    evaluate(text, parseOrNull(text), "json");
  });
  document.getElementById("json").addEventListener("input", jsonToForm);
  document.getElementById("file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (file) {
      document.getElementById("json").value = await file.text();
      jsonToForm();
    }
  });
  document.getElementById("open").addEventListener("submit", (e) => {
    e.preventDefault();
    openDecision(document.getElementById("decision-id").value.trim());
  });
  document.getElementById("print").addEventListener("click", () => window.print());
});

function applyLang() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  translate(document, lang);
  const button = document.getElementById("lang");
  button.textContent = t(lang, "lang.other");
  button.lang = lang === "es" ? "en" : "es";
  document.title = t(lang, "app.title");
  Form.setLang(lang);
  if (state.problem) showProblem(state.problem, state.source);
  if (state.decision) Results.render(state.decision, state.names, lang);
  Vary.setLang(lang);
}

function saveToken() {
  sessionStorage.setItem("elige.token", document.getElementById("token").value.trim());
  say(t(state.lang, "auth.saved"));
}

function headers() {
  const h = { "Content-Type": "application/json", "Accept-Language": state.lang };
  const token = sessionStorage.getItem("elige.token");
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

/** Sends a record (as typed: the server reports where JSON breaks) and shows the decision or every problem. */
async function evaluate(body, record, source) {
  say(t(state.lang, "r.busy"));
  busy(true);
  try {
    const response = await fetch(`${API}/evaluations`, { method: "POST", headers: headers(), body });
    if (response.ok) state.body = body;
    await answer(response, record, source);
  } catch (e) {
    showMessage(t(state.lang, "e.network"));
  } finally {
    busy(false);
  }
}

async function openDecision(id) {
  if (!id) return;
  try {
    const response = await fetch(`${API}/evaluations/${encodeURIComponent(id)}`, { headers: headers() });
    if (response.status === 404) {
      document.getElementById("decision-id-err").textContent = t(state.lang, "e.notFound");
      return;
    }
    document.getElementById("decision-id-err").textContent = "";
    if (response.ok) state.body = null;
    await answer(response, null, "open");
  } catch (e) {
    showMessage(t(state.lang, "e.network"));
  }
}

async function answer(response, record, source) {
  const body = await response.json().catch(() => null);
  if (response.ok && body) {
    state.problem = null;
    state.decision = body;
    state.names = names(record);
    Form.clearErrors();
    document.getElementById("json-err").textContent = "";
    hideSummary();
    const results = document.getElementById("results");
    results.hidden = false;
    Results.render(body, state.names, state.lang);
    Vary.reset();
    document.getElementById("h-results").focus();
    say(t(state.lang, "r.done"));
    return;
  }
  if (response.status === 401) {
    document.getElementById("auth").open = true;
    showMessage(t(state.lang, "auth.needed"));
    document.getElementById("token").focus();
    return;
  }
  if (response.status === 403) {
    showMessage((body && body.detail) || t(state.lang, "auth.forbidden"));
    return;
  }
  state.problem = body;
  state.source = source;
  showProblem(body, source);
  document.getElementById("summary").focus();
}

/** Every input error: under its field when the form has one, and all of them in the summary at the top. */
function showProblem(problem, source) {
  if (!problem) {
    showMessage(t(state.lang, "e.network"));
    return;
  }
  const lang = state.lang;
  const errors = problem.errors || [];
  const elsewhere = source === "form" ? Form.showErrors(errors, lang) : errors;
  document.getElementById("json-err").textContent = source === "json"
    ? errors.map((e) => `${where(e.path)}: ${e.message[lang]}`).join("\n") : "";
  const box = document.getElementById("summary");
  box.replaceChildren(el("p", null, errors.length ? t(lang, "e.summary", errors.length) : problem.title));
  const list = el("ul");
  errors.forEach((e) => {
    const li = el("li");
    const field = source === "form" && !elsewhere.includes(e) ? Form.field(e.path) : null;
    if (field) {
      const a = el("a", null, `${Form.label(e.path)}: ${e.message[lang]}`);
      a.href = `#${field.id}`;
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        field.focus();
      });
      li.appendChild(a);
    } else {
      li.textContent = `${where(e.path)}: ${e.message[lang]}`;
    }
    list.appendChild(li);
  });
  if (!errors.length && problem.detail) list.appendChild(el("li", null, problem.detail));
  box.appendChild(list);
  box.hidden = false;
}

/** Where an error is, in words: the form's label of the pointer, else the pointer (a fact the form cannot hold). */
function where(pointer) {
  return pointer ? Form.label(pointer) || pointer : t(state.lang, "h.household");
}

function showMessage(text) {
  const box = document.getElementById("summary");
  box.replaceChildren(el("p", null, text));
  box.hidden = false;
  box.focus();
}

function hideSummary() {
  const box = document.getElementById("summary");
  box.hidden = true;
  box.replaceChildren();
}

/** The form, as JSON in the box for power users (while they are not typing there). */
function formToJson() {
  const box = document.getElementById("json");
  if (document.activeElement !== box) box.value = JSON.stringify(Form.record(), null, 2);
}

/** The box, into the form, whenever it holds a JSON object; half-typed JSON waits for the next key. */
function jsonToForm() {
  const record = parseOrNull(document.getElementById("json").value);
  if (record && typeof record === "object" && !Array.isArray(record)) Form.load(record);
}

function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

/** "Rosa López" by member id, from the record when it is at hand. */
function names(record) {
  const out = {};
  ((record && record.members) || []).forEach((m) => {
    const name = [m.given_names, m.first_surname, m.second_surname].filter(Boolean).join(" ");
    if (name) out[m.member_id] = name;
  });
  return out;
}

function busy(on) {
  document.querySelectorAll("#submit, #json-submit").forEach((b) => (b.disabled = on));
}

function say(text) {
  document.getElementById("status").textContent = text;
}
