// The household form, built from the JSON Schema (GET /schema) and the catalogue's labels (GET /labels):
// one field per fact of the record, grouped by household, member, dwelling, locality, parcel,
// business, group and enrollment. Every field carries data-pointer, the JSON Pointer of the value it
// sets. An empty field is left out of the record: absent means unknown, never false or zero.
"use strict";

/** The first letter of new items' ids, as in the example records (P1, L1, B1, G1). */
const ID_PREFIX = { members: "P", parcels: "L", businesses: "B", groups: "G" };

const Form = {
  lang: "es",
  schema: null,
  labels: { es: {}, en: {} },
  version: "1.0",
  seq: 0,
  changed: () => {},

  /** Reads the schema and the labels, then draws an empty record: one member, evaluated today. */
  async init(lang, changed) {
    this.lang = lang;
    this.changed = changed || this.changed;
    const get = async (path) => {
      const response = await fetch(`${API}${path}`, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    };
    const [schema, es, en] = await Promise.all([get("/schema"), get("/labels?lang=es"), get("/labels?lang=en")]);
    this.schema = schema;
    this.labels = { es, en };
    const root = document.getElementById("fields");
    root.replaceChildren();
    this.object(root, schema, "household", true);
    root.addEventListener("input", (e) => this.edited(e.target));
    root.addEventListener("change", (e) => this.edited(e.target));
    this.load({ evaluation_date: new Date().toISOString().slice(0, 10), members: [{ member_id: `${ID_PREFIX.members}1` }] });
  },

  // ---- building -------------------------------------------------------------------------------

  /** The schema node with its $ref followed; the property's own description wins. */
  resolve(node) {
    if (!node || !node.$ref) return node || {};
    const target = node.$ref.slice(2).split("/").reduce((at, k) => at[k], this.schema);
    const merged = { ...this.resolve(target), ...node };
    delete merged.$ref;
    merged.ref = node.$ref;
    return merged;
  },

  /** A value's kind: enum, bool, int, number, date, string, state (cve_ent), member (a member_id), object or list. */
  kind(name, node) {
    if (node.enum) return "enum";
    if (node.ref === "#/$defs/memberRef") return "member";
    if (name === "cve_ent") return "state";
    const type = [].concat(node.type || []).find((x) => x !== "null");
    if (type === "object") return "object";
    if (type === "array") return "list";
    if (type === "boolean") return "bool";
    if (type === "integer") return "int";
    if (type === "number") return "number";
    return node.format === "date" ? "date" : "string";
  },

  /**
   * The fields of an object under into: scalars first, then its lists and sub-objects, each in a
   * group of its own. The record itself puts its scalars in a "household" group, members first.
   */
  object(into, node, name, top) {
    const props = Object.entries(this.resolve(node).properties || {})
      .filter(([key]) => key !== "schema_version")
      .map(([key, prop]) => [key, this.resolve(prop)]);
    const scalars = props.filter(([key, prop]) => !["object", "list"].includes(this.kind(key, prop)));
    const groups = props.filter(([key, prop]) => ["object", "list"].includes(this.kind(key, prop)));
    let box = into;
    if (top) {
      box = el("fieldset", "panel section");
      box.appendChild(chrome("legend", "h.general"));
      into.appendChild(box);
      groups.sort((a, b) => (b[0] === "members") - (a[0] === "members"));
    }
    const grid = el("div", "grid");
    scalars.forEach(([key, prop]) => this.scalar(grid, key, prop, name));
    if (grid.childElementCount) box.appendChild(grid);
    groups.forEach(([key, prop]) =>
      this.kind(key, prop) === "list" ? this.list(into, key, prop, name, top) : this.group(into, key, prop, name, top));
  },

  /** A sub-object in its own folding group; a "null means none" one (artisan, damage, JCF) gets a yes/no/unknown choice. */
  group(into, name, node, parent, top) {
    const box = el("details", top ? "panel section obj" : "obj");
    box.dataset.seg = name;
    const summary = el("summary");
    summary.dataset.label = this.labelKey(name, parent);
    box.appendChild(summary);
    if (/Null means none/.test(this.resolve({ $ref: node.ref }).description || "")) {
      const field = this.control(box, "presence", name, parent, [["", "opt.unknown"], ["none", "opt.absent"], ["present", "opt.present"]]);
      box.appendChild(field);
    }
    this.object(box, node, name, false);
    into.appendChild(box);
  },

  /** A list: its items with add and remove; a list that may be unknown gets unknown / none / these. */
  list(into, name, node, parent, top) {
    const box = el(top ? "details" : "fieldset", top ? "panel section list" : "list");
    box.dataset.seg = name;
    const title = el(top ? "summary" : "legend");
    title.dataset.label = this.labelKey(name, parent);
    box.appendChild(title);
    box.schema = this.resolve(node.items);
    box.itemKind = this.kind(name, box.schema);
    if ([].concat(node.type).includes("null")) {
      box.appendChild(this.control(box, "listing", name, parent, [["", "opt.unknown"], ["none", "opt.noneListed"], ["listed", "opt.listed"]]));
    }
    box.appendChild(el("div", "items"));
    const add = el("button", "secondary add");
    add.type = "button";
    add.dataset.t = `add.${name}`;
    add.addEventListener("click", () => {
      const id = ID_PREFIX[name] && this.nextId(box);
      const item = this.addItem(box);
      if (id) item.querySelector("input").value = id;
      this.renumber();
      this.changed();
      item.querySelector("input, select").focus();
    });
    box.appendChild(add);
    if (name === "members") box.open = true;
    into.appendChild(box);
  },

  /** Appends an item to a list: a card of fields, or one field for a list of dates or years. */
  addItem(list) {
    const items = list.querySelector(":scope > .items");
    const state = list.querySelector(":scope > .field > [data-kind=listing]");
    if (state) state.value = "listed";
    let item;
    if (list.itemKind === "object") {
      item = el("fieldset", "item card obj");
      item.appendChild(el("legend"));
      this.object(item, list.schema, list.dataset.seg, false);
    } else {
      item = el("div", "item scalar");
      item.appendChild(this.scalar(item, "", list.schema, list.dataset.seg, true));
    }
    const remove = el("button", "secondary remove");
    remove.type = "button";
    remove.addEventListener("click", () => {
      item.remove();
      this.renumber();
      this.changed();
      list.querySelector(":scope > .add").focus();
    });
    item.appendChild(remove);
    item.dataset.seg = String(items.childElementCount);
    items.appendChild(item);
    return item;
  },

  /** P3 after P1 and P2: the prefix of the list and one more than its highest number. */
  nextId(list) {
    const prefix = ID_PREFIX[list.dataset.seg];
    const used = [...list.querySelectorAll(":scope > .items > .item")]
      .map((i) => i.querySelector("input").value)
      .filter((v) => v.startsWith(prefix))
      .map((v) => Number(v.slice(prefix.length)) || 0);
    return prefix + (Math.max(0, ...used) + 1);
  },

  /** One labelled field with its error line; returns the field's box after adding it to into. */
  scalar(into, name, node, parent, bare) {
    const kind = this.kind(name, node);
    const options = kind === "enum" ? node.enum.filter((v) => v !== null).map((v) => [v, this.codeKey(name, v)])
      : kind === "bool" ? [["true", "opt.yes"], ["false", "opt.no"]]
      : kind === "state" ? Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, "0")).map((v) => [v, this.codeKey(name, v)])
      : null;
    const box = this.control(null, kind, name, parent, options && [["", "opt.unknown"], ...options], node);
    if (!bare) into.appendChild(box);
    return box;
  },

  /** The label, the input or select and the error line of one value. */
  control(owner, kind, name, parent, options, node) {
    const box = el("div", "field");
    const id = `f${++this.seq}`;
    const label = el("label");
    label.htmlFor = id;
    label.dataset.label = this.labelKey(name, parent);
    box.appendChild(label);
    let input;
    if (options || kind === "member") {
      input = el("select");
      (options || [["", "opt.unknown"]]).forEach(([value, key]) => {
        const option = new Option("", value);
        option.dataset.label = key;
        input.appendChild(option);
      });
    } else {
      input = el("input");
      input.autocomplete = "off";
      if (kind === "date") input.type = "date";
      if (kind === "int" || kind === "number") {
        input.type = "number";
        input.inputMode = kind === "int" ? "numeric" : "decimal";
        if (node.minimum !== undefined) input.min = node.minimum;
        if (node.maximum !== undefined) input.max = node.maximum;
        input.step = kind === "int" ? "1" : String(node.multipleOf || "any");
      }
      if (kind === "string") input.spellcheck = false;
    }
    input.id = id;
    input.dataset.kind = kind;
    if (owner) {
      // the choice of a group or list sets the value of the group or list itself
      input.classList.add("choice");
    } else if (name) {
      input.dataset.seg = name;
    }
    box.appendChild(input);
    const err = el("p", "err");
    err.id = `${id}-err`;
    input.setAttribute("aria-describedby", err.id);
    box.appendChild(err);
    return box;
  },

  /** fact.<object>.<field> where the same name means two things (an enrollment's status), else fact.<field>. */
  labelKey(name, parent) {
    const specific = `fact.${parent}.${name}`;
    return this.labels.en[specific] ? specific : `fact.${name || parent}`;
  },

  /** code.<field>.<value> where a field's codes have their own words (a state, an INPI type), else code.<value>. */
  codeKey(name, value) {
    const specific = `code.${name}.${value}`;
    return this.labels.en[specific] ? specific : `code.${value}`;
  },

  // ---- numbering and words --------------------------------------------------------------------

  /** Item numbers, legends, JSON Pointers and the member choices after any change of the lists. */
  renumber() {
    const root = document.getElementById("fields");
    root.querySelectorAll(".list").forEach((list) => {
      [...list.querySelector(":scope > .items").children].forEach((item, i) => (item.dataset.seg = String(i)));
    });
    const pointer = (node) => {
      const segs = [];
      for (let at = node; at && at !== root; at = at.parentElement) {
        if (at.dataset && at.dataset.seg !== undefined) segs.unshift(at.dataset.seg.replace(/~/g, "~0").replace(/\//g, "~1"));
      }
      return segs.map((s) => `/${s}`).join("");
    };
    root.querySelectorAll("[data-pointer]").forEach((n) => n.removeAttribute("data-pointer"));
    root.querySelectorAll("[data-kind]").forEach((input) => {
      // a choice stands for its group or list; a scalar item is its own value
      const at = input.classList.contains("choice") ? input.closest(".obj, .list")
        : input.closest(".item.scalar") || input;
      input.dataset.pointer = pointer(at);
    });
    root.querySelectorAll(".obj, .list").forEach((box) => {
      if (!box.querySelector(":scope > .field > .choice") && box.dataset.seg !== undefined) box.dataset.pointer = pointer(box);
    });
    this.refreshMembers();
    this.words(root);
  },

  /** Who a parcel, business or enrollment belongs to: the members by id and name. */
  refreshMembers() {
    const members = this.items("members").map((m) => {
      const id = this.value(m, "member_id") || "";
      return [id, this.who(m)];
    });
    document.querySelectorAll('#fields select[data-kind="member"]').forEach((select) => {
      const kept = select.value;
      select.replaceChildren(select.options[0]);
      members.filter(([id]) => id).forEach(([id, name]) => select.appendChild(new Option(name, id)));
      if (kept && ![...select.options].some((o) => o.value === kept)) select.appendChild(new Option(kept, kept));
      select.value = kept;
    });
  },

  items(list) {
    const box = document.querySelector(`#fields > .list[data-seg="${list}"]`);
    return box ? [...box.querySelector(":scope > .items").children] : [];
  },

  /** "P2 · Rosa López": a member by id and name. */
  who(member) {
    const name = ["given_names", "first_surname", "second_surname"].map((f) => this.value(member, f)).filter(Boolean).join(" ");
    const id = this.value(member, "member_id");
    return [id, name].filter(Boolean).join(" · ");
  },

  value(item, seg) {
    const input = item.querySelector(`:scope > .grid > .field > [data-seg="${seg}"]`);
    return input ? input.value.trim() : "";
  },

  /** Every label, option, legend and button under root in the current language. */
  words(root) {
    const lang = this.lang;
    root.querySelectorAll("[data-label]").forEach((n) => {
      const text = this.labels[lang][n.dataset.label] || t(lang, n.dataset.label);
      n.textContent = capital(text);
    });
    root.querySelectorAll(".item").forEach((item) => {
      const list = item.closest(".list");
      const n = Number(item.dataset.seg) + 1;
      let name;
      if (item.classList.contains("scalar")) {
        name = `${capital(this.labels[lang][this.labelKey("", list.dataset.seg)] || "")} ${n}`;
        item.querySelector("label").textContent = name;
      } else {
        const id = this.value(item, Object.keys(list.schema.properties)[0]);
        const own = list.dataset.seg === "members" ? this.who(item) : id;
        name = t(lang, `item.${list.dataset.seg}`, own || n);
        item.querySelector(":scope > legend").textContent = name;
      }
      // a date or a year says only "Quitar" beside it; its full name is for screen readers
      const remove = item.querySelector(":scope > .remove");
      remove.textContent = item.classList.contains("scalar") ? t(lang, "list.removeShort") : t(lang, "list.remove", name);
      remove.setAttribute("aria-label", t(lang, "list.remove", name));
    });
    translate(root, lang);
  },

  /** A code of the record or of a benefit in words (the catalogue's code.*), or the code itself when it has none. */
  code(value, lang) {
    return this.labels[lang][`code.${value}`] || value;
  },

  setLang(lang) {
    this.lang = lang;
    if (this.schema) this.words(document.getElementById("fields"));
  },

  /** After an edit: a value typed into a group marked unknown or none makes it present; names follow. */
  edited(target) {
    if (!target.dataset.kind) return;
    if (!target.classList.contains("choice") && target.value !== "") {
      for (let box = target.closest(".obj, .list"); box; box = box.parentElement.closest(".obj, .list")) {
        const choice = box.querySelector(":scope > .field > .choice");
        if (choice && choice.dataset.kind === "presence") choice.value = "present";
      }
    }
    if (["member_id", "given_names", "first_surname", "second_surname", "parcel_id", "business_id", "group_id"].includes(target.dataset.seg)) {
      this.refreshMembers();
      this.words(document.getElementById("fields"));
    }
    this.changed();
  },

  // ---- record and back ------------------------------------------------------------------------

  /** The household record the form describes. */
  record() {
    return { schema_version: this.version, ...this.read(document.getElementById("fields")) };
  },

  /** The values under box (the record, a group or an item) as an object. */
  read(box) {
    const out = {};
    this.children(box).forEach((n) => {
      const seg = n.dataset.seg;
      if (n.dataset.kind) {
        const v = valueOf(n);
        if (v !== undefined) out[seg] = v;
      } else if (n.classList.contains("list")) {
        const choice = n.querySelector(":scope > .field > .choice");
        if (choice && choice.value === "") return;
        out[seg] = choice && choice.value === "none" ? [] : this.children(n).map((item) =>
          item.classList.contains("scalar") ? valueOf(item.querySelector("[data-kind]")) ?? null : this.read(item));
      } else {
        const choice = n.querySelector(":scope > .field > .choice");
        const sub = this.read(n);
        if (choice) {
          if (choice.value === "none") out[seg] = null;
          if (choice.value === "present") out[seg] = sub;
        } else if (Object.keys(sub).length) {
          out[seg] = sub;
        }
      }
    });
    return out;
  },

  /** The nodes directly under box: fields, groups, lists, items (a scalar item counts as one node). */
  children(box) {
    return [...box.querySelectorAll("[data-seg]")].filter((n) => {
      return n.parentElement.closest("[data-seg], #fields") === box;
    });
  },

  /** Puts a record into the form; a value it cannot show is shown as itself rather than dropped. */
  load(record) {
    record = record && typeof record === "object" && !Array.isArray(record) ? record : {};
    this.version = typeof record.schema_version === "string" ? record.schema_version : "1.0";
    const root = document.getElementById("fields");
    root.querySelectorAll(".list").forEach((list) => list.querySelector(":scope > .items").replaceChildren());
    this.fill(root, record);
    this.renumber();
  },

  fill(box, obj) {
    this.children(box).forEach((n) => {
      const v = obj && typeof obj === "object" ? obj[n.dataset.seg] : undefined;
      if (n.dataset.kind) {
        show(n, v);
      } else if (n.classList.contains("list")) {
        const choice = n.querySelector(":scope > .field > .choice");
        n.querySelector(":scope > .items").replaceChildren();
        if (choice) choice.value = Array.isArray(v) ? (v.length ? "listed" : "none") : "";
        (Array.isArray(v) ? v : []).forEach((x) => {
          const item = this.addItem(n);
          if (item.classList.contains("scalar")) show(item.querySelector("[data-kind]"), x);
          else this.fill(item, x);
        });
      } else {
        const choice = n.querySelector(":scope > .field > .choice");
        if (choice) choice.value = v === null ? "none" : v === undefined ? "" : "present";
        this.fill(n, v);
      }
    });
  },

  // ---- finding fields -------------------------------------------------------------------------

  /** The form field that sets the value at a JSON Pointer, or null when the form has none. */
  field(pointer) {
    return document.querySelector(`#fields [data-kind][data-pointer="${CSS.escape(pointer)}"]`);
  },

  /**
   * Scrolls to, opens the groups of, and focuses the field of a JSON Pointer (for a group without a
   * choice of its own, its first field); false when the form has no such field.
   */
  focus(pointer) {
    let input = this.field(pointer);
    if (!input) {
      const box = document.querySelector(`#fields [data-pointer="${CSS.escape(pointer)}"]`);
      input = box && box.querySelector("[data-kind]");
    }
    if (!input) return false;
    for (let d = input.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    input.scrollIntoView({ block: "center" });
    input.focus();
    return true;
  },

  /**
   * "Integrante P2 · Rosa López · La CURP": the label of the field or group at a JSON Pointer after
   * the item it belongs to; null when the form has neither.
   */
  label(pointer) {
    const input = this.field(pointer);
    const box = input ? null : document.querySelector(`#fields [data-pointer="${CSS.escape(pointer)}"]`);
    if (!input && !box) return null;
    const own = input ? document.querySelector(`label[for="${input.id}"]`)
      : box.querySelector(":scope > summary, :scope > legend");
    const item = (input || box.parentElement).closest(".item:not(.scalar)");
    const who = item && item.querySelector(":scope > legend");
    return [who && who.textContent, own && own.textContent].filter(Boolean).join(" · ");
  },

  clearErrors() {
    document.querySelectorAll("#fields [aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
    document.querySelectorAll("#fields .err").forEach((p) => (p.textContent = ""));
  },

  /** Shows each error under its field; returns the errors the form has no field for. */
  showErrors(errors, lang) {
    this.clearErrors();
    const elsewhere = [];
    errors.forEach((e) => {
      const input = this.field(e.path);
      if (!input) {
        elsewhere.push(e);
        return;
      }
      input.setAttribute("aria-invalid", "true");
      for (let d = input.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
      const line = document.getElementById(`${input.id}-err`);
      line.textContent = (line.textContent ? line.textContent + " " : "") + e.message[lang];
    });
    return elsewhere;
  },
};

/** A field's value as JSON: undefined when empty (unknown). */
function valueOf(input) {
  const v = input.value.trim();
  if (v === "") return undefined;
  switch (input.dataset.kind) {
    case "int": return Number.isInteger(Number(v)) ? Number(v) : v;
    case "number": return Number.isFinite(Number(v)) ? Number(v) : v;
    case "bool": return v === "true";
    default: return v;
  }
}

/** Shows a value in a field; a choice the select lacks is added as itself, so no value is lost. */
function show(input, v) {
  const text = v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (input.tagName === "SELECT" && ![...input.options].some((o) => o.value === text)) input.appendChild(new Option(text, text));
  input.value = text;
}

function capital(text) {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** An element of the page's own words (i18n.js). */
function chrome(tag, key) {
  const node = el(tag);
  node.dataset.t = key;
  return node;
}

/** Sets every data-t text (and data-t-placeholder) under root in lang. */
function translate(root, lang) {
  root.querySelectorAll("[data-t]").forEach((n) => (n.textContent = t(lang, n.dataset.t)));
  root.querySelectorAll("[data-t-placeholder]").forEach((n) => (n.placeholder = t(lang, n.dataset.tPlaceholder)));
}
