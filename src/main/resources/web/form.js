// The household form: members and parcels, the record it makes, and JSON Pointers back to fields.
// An empty field is left out of the record: absent means unknown, never false or zero.
"use strict";

const Form = {
  lang: "es",
  seq: 0,

  init(lang) {
    this.lang = lang;
    document.getElementById("add-member").addEventListener("click", () => this.addMember(true));
    document.getElementById("add-parcel").addEventListener("click", () => this.addParcel(true));
    document.getElementById("evaluation_date").value = new Date().toISOString().slice(0, 10);
    this.addMember(false);
    this.fillOptions(document);
  },

  /** Adds a member card; its member_id is P1, P2, … by position. */
  addMember(focus) {
    const card = this.card("member-tpl", "members");
    card.querySelector(".remove").addEventListener("click", () => {
      card.remove();
      this.renumber();
    });
    this.renumber();
    if (focus) card.querySelector("input, select").focus();
  },

  addParcel(focus) {
    const card = this.card("parcel-tpl", "parcels");
    card.querySelector(".remove").addEventListener("click", () => {
      card.remove();
      this.renumber();
    });
    this.renumber();
    if (focus) card.querySelector("select").focus();
  },

  /** A copy of a template with unique ids, labels tied to their fields and an error line under each field. */
  card(template, into) {
    const node = document.getElementById(template).content.firstElementChild.cloneNode(true);
    const n = ++this.seq;
    node.querySelectorAll(".field").forEach((field) => {
      const input = field.querySelector("input, select");
      input.id = `c${n}-${input.dataset.f.replace(/\./g, "-")}`;
      field.querySelector("label").htmlFor = input.id;
      this.errorLine(field, input);
    });
    this.fillOptions(node);
    document.getElementById(into).appendChild(node);
    translate(node, this.lang);
    return node;
  },

  /** The line under a field where its error message goes, announced to screen readers. */
  errorLine(field, input) {
    if (field.querySelector(".err")) return;
    const p = document.createElement("p");
    p.className = "err";
    p.id = `${input.id}-err`;
    field.appendChild(p);
    input.setAttribute("aria-describedby", p.id);
  },

  /** Fills every select that names its list in data-options, keeping the chosen value. */
  fillOptions(root) {
    root.querySelectorAll("select[data-options]").forEach((select) => {
      const kept = select.value;
      const list = select.dataset.options === "members" ? this.memberOptions() : OPTIONS[select.dataset.options];
      select.replaceChildren(new Option(t(this.lang, "opt.unknown"), ""));
      list.forEach((o) => select.appendChild(new Option(optionLabel(o, this.lang), o[0])));
      select.value = kept;
    });
  },

  memberOptions() {
    return this.members().map((card, i) => {
      const name = ["given_names", "first_surname"].map((f) => card.querySelector(`[data-f="${f}"]`).value).join(" ").trim();
      return [`P${i + 1}`, name ? `P${i + 1} · ${name}` : `P${i + 1}`];
    });
  },

  members() {
    return [...document.querySelectorAll("#members .member")];
  },

  parcels() {
    return [...document.querySelectorAll("#parcels .parcel")];
  },

  /** Legends and ids follow the cards' order, and parcel holders list the members. */
  renumber() {
    this.members().forEach((card, i) => (card.querySelector("legend").textContent = t(this.lang, "member.legend", `P${i + 1}`)));
    this.parcels().forEach((card, i) => (card.querySelector("legend").textContent = t(this.lang, "parcel.legend", `L${i + 1}`)));
    document.querySelectorAll('#parcels select[data-options="members"]').forEach((s) => this.fillOptions(s.parentNode));
  },

  setLang(lang) {
    this.lang = lang;
    this.fillOptions(document);
    this.renumber();
  },

  /** The household record the form describes. */
  record() {
    const record = { schema_version: "1.0" };
    document.querySelectorAll("#household [data-p]").forEach((el) => put(record, el.dataset.p.split("."), value(el)));
    record.members = this.members().map((card, i) => this.item(card, { member_id: `P${i + 1}` }));
    const parcels = this.parcels();
    if (parcels.length) record.parcels = parcels.map((card, i) => this.item(card, { parcel_id: `L${i + 1}` }));
    return record;
  },

  item(card, start) {
    card.querySelectorAll("[data-f]").forEach((el) => put(start, el.dataset.f.split("."), value(el)));
    return start;
  },

  /** Puts a record's common facts into the form (other facts stay only in the JSON box). */
  load(record) {
    document.querySelectorAll("#household [data-p]").forEach((el) => show(el, get(record, el.dataset.p.split("."))));
    document.getElementById("members").replaceChildren();
    document.getElementById("parcels").replaceChildren();
    (record.members || []).forEach(() => this.addMember(false));
    (record.parcels || []).forEach(() => this.addParcel(false));
    this.members().forEach((card, i) => this.showItem(card, record.members[i]));
    this.renumber();
    this.parcels().forEach((card, i) => this.showItem(card, record.parcels[i]));
  },

  showItem(card, item) {
    card.querySelectorAll("[data-f]").forEach((el) => show(el, get(item || {}, el.dataset.f.split("."))));
  },

  /** The form field a JSON Pointer names, or null when the form has no such field. */
  field(pointer) {
    const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    if ((parts[0] === "members" || parts[0] === "parcels") && parts.length > 2) {
      const card = (parts[0] === "members" ? this.members() : this.parcels())[Number(parts[1])];
      return card ? card.querySelector(`[data-f="${parts.slice(2).join(".")}"]`) : null;
    }
    return document.querySelector(`#household [data-p="${parts.join(".")}"]`);
  },

  /** Puts the cursor in the field of a JSON Pointer; false when the form has no such field. */
  focus(pointer) {
    const el = this.field(pointer);
    if (!el) return false;
    el.focus();
    return true;
  },

  /** The field's label text, for the list of facts to ask for. */
  label(pointer) {
    const el = this.field(pointer);
    if (!el) return null;
    const label = document.querySelector(`label[for="${el.id}"]`);
    const card = el.closest(".card");
    const who = card ? card.querySelector("legend").textContent + " · " : "";
    return who + (label ? label.textContent : pointer);
  },

  clearErrors() {
    document.querySelectorAll("#household [aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    document.querySelectorAll("#household .err").forEach((p) => (p.textContent = ""));
  },

  /** Shows each error under its field; returns the errors the form has no field for. */
  showErrors(errors, lang) {
    this.clearErrors();
    const elsewhere = [];
    errors.forEach((e) => {
      const el = this.field(e.path);
      if (!el) {
        elsewhere.push(e);
        return;
      }
      el.setAttribute("aria-invalid", "true");
      const line = document.getElementById(`${el.id}-err`);
      line.textContent = (line.textContent ? line.textContent + " " : "") + e.message[lang];
    });
    return elsewhere;
  },
};

/** A field's value as JSON: undefined when empty (unknown). */
function value(el) {
  const v = el.value.trim();
  if (v === "") return undefined;
  switch (el.dataset.type) {
    case "int": return Number.isInteger(Number(v)) ? Number(v) : v;
    case "number": return Number.isFinite(Number(v)) ? Number(v) : v;
    case "bool": return v === "true";
    default: return v;
  }
}

function show(el, v) {
  el.value = v === undefined || v === null ? "" : String(v);
}

function put(obj, path, v) {
  if (v === undefined) return;
  let at = obj;
  path.slice(0, -1).forEach((k) => (at = at[k] = at[k] || {}));
  at[path[path.length - 1]] = v;
}

function get(obj, path) {
  return path.reduce((at, k) => (at === undefined || at === null ? undefined : at[k]), obj);
}

/** Sets every data-t text (and data-t-placeholder) under root in lang. */
function translate(root, lang) {
  root.querySelectorAll("[data-t]").forEach((el) => (el.textContent = t(lang, el.dataset.t)));
  root.querySelectorAll("[data-t-placeholder]").forEach((el) => (el.placeholder = t(lang, el.dataset.tPlaceholder)));
}
