// Draws a decision: the facts to ask for, then per unit each program with its outcome badge, benefit
// and reasons, the programs that do not apply here folded. Every sentence comes from the decision
// itself, in both languages.
"use strict";

const ORDER = ["ELIGIBLE", "ELIGIBLE_TO_APPLY", "CONFLICT", "UNDETERMINED", "DATA_ERROR", "NOT_ELIGIBLE"];

const Results = {
  /**
   * @param decision the decision record (decision.md), in shape 1 or 2 (docs/decision-shape.md)
   * @param names display names by member id, from the record when it is at hand
   */
  render(decision, names, lang) {
    this.programs = decision.programs || {};
    document.getElementById("meta").textContent = t(lang, "r.meta", decision.household_id, decision.evaluation_date,
      decision.decision_id, decision.rule_set.label);
    this.ask(decision, lang);
    // what would open each result that is not eligible: answered beside the decision (not logged)
    this.next = new Map(((decision.prospects || {}).items || []).map((p) => [`${p.program} ${p.unit.kind} ${p.unit.id}`, p]));
    const units = document.getElementById("units");
    units.replaceChildren();
    this.problems(units, decision.warnings, "r.warnings", lang);
    groupBy(decision.results, (r) => `${r.unit.kind} ${r.unit.id}`).forEach((results) => {
      units.appendChild(this.unit(results, names, lang));
    });
  },

  /**
   * One unit's results: the open and positive ones first, then each NOT_ELIGIBLE, then the programs
   * that do not apply here folded into one expandable line, as in the text report.
   */
  unit(results, names, lang) {
    const unit = results[0].unit;
    const section = el("section", "unit");
    const name = names[unit.id];
    section.appendChild(el("h3", null, t(lang, `unit.${unit.kind}`, unit.id) + (name ? ` · ${name}` : "")));
    const here = results.filter((r) => !r.not_applicable_here);
    const list = el("ul", "programs");
    here.slice().sort((a, b) => ORDER.indexOf(a.outcome) - ORDER.indexOf(b.outcome))
      .forEach((r) => list.appendChild(this.result(r, lang)));
    section.appendChild(list);
    // The printed summary keeps one line for the programs the unit does not qualify for; the screen
    // shows each of them with its reasons instead (app.css hides this line outside print).
    const not = here.filter((r) => r.outcome === "NOT_ELIGIBLE").map((r) => this.programName(r)[lang]);
    if (not.length) {
      const line = el("p", "print-only not-eligible-line");
      line.appendChild(el("span", "badge not_eligible", t(lang, "outcome.NOT_ELIGIBLE")));
      line.appendChild(document.createTextNode(` ${not.join("; ")}`));
      section.appendChild(line);
    }
    const elsewhere = results.filter((r) => r.not_applicable_here);
    if (elsewhere.length) {
      const fold = el("details", "not-here");
      fold.appendChild(el("summary", null, t(lang, "r.notHere", elsewhere.length)));
      const folded = el("ul", "programs");
      elsewhere.forEach((r) => folded.appendChild(this.result(r, lang)));
      fold.appendChild(folded);
      section.appendChild(fold);
    }
    return section;
  },

  result(r, lang) {
    const item = el("li", `program ${r.outcome.toLowerCase()}`);
    item.dataset.program = r.program;
    item.dataset.unit = r.unit.id;
    item.dataset.outcome = r.outcome;
    const head = el("div", "program-head");
    head.appendChild(el("span", `badge ${r.outcome.toLowerCase()}`, t(lang, `outcome.${r.outcome}`)));
    head.appendChild(el("strong", "program-name", this.programName(r)[lang]));
    item.appendChild(head);
    const benefit = this.benefit(r.benefit, lang);
    if (benefit) item.appendChild(el("p", "benefit", `${t(lang, "r.benefit")}: ${benefit}`));
    if (r.conflicts_with.length) item.appendChild(el("p", "conflict", t(lang, "r.conflict", r.conflicts_with.join(", "))));
    if (r.reason) item.appendChild(el("p", "reason", r.reason[lang]));
    const shown = r.outcome === "NOT_ELIGIBLE" ? r.criteria.filter((c) => c.status === "FAILED") : r.criteria;
    const reasons = el("ul", "reasons");
    reasons.setAttribute("aria-label", t(lang, r.outcome === "NOT_ELIGIBLE" ? "r.whyNot" : "r.reasons"));
    shown.forEach((c) => {
      const li = el("li", `criterion ${c.status.toLowerCase()}`);
      li.dataset.criterion = c.id;
      li.appendChild(el("span", "status", t(lang, `status.${c.status}`)));
      li.appendChild(document.createTextNode(` ${c.explanation[lang]}`));
      reasons.appendChild(li);
    });
    item.appendChild(reasons);
    const next = this.prospect(r, lang);
    if (next) item.appendChild(next);
    return item;
  },

  /** A result's program name: its own in shape 1, else its program's in the decision's table (shape 2). */
  programName(r) {
    return r.program_name || this.programs[r.program].name;
  },

  /** When the result would open and each single change that would qualify it, as the rules confirmed them. */
  prospect(r, lang) {
    const p = this.next && this.next.get(`${r.program} ${r.unit.kind} ${r.unit.id}`);
    if (!p) return null;
    const list = el("ul", "prospects");
    list.setAttribute("aria-label", t(lang, "r.next"));
    if (p.eligible_from) {
      const li = el("li", "eligible-from", p.eligible_from.explanation[lang]);
      li.dataset.date = p.eligible_from.date;
      list.appendChild(li);
    }
    (p.would_qualify_if || []).forEach((c) => {
      const li = el("li", "would-qualify", c.explanation[lang]);
      li.dataset.pointer = c.path;
      list.appendChild(li);
    });
    return list;
  },

  benefit(b, lang) {
    if (!b) return null;
    if (b.amount === null || b.amount === undefined) return b.note ? b.note[lang] : null;
    const amount = Number(b.amount).toLocaleString(lang === "en" ? "en-US" : "es-MX", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const per = `$${amount} ${t(lang, `per.${b.unit}`) === `per.${b.unit}` ? b.unit : t(lang, `per.${b.unit}`)}`;
    return b.periods ? t(lang, "r.perPeriods", per, b.periods) : per;
  },

  /**
   * The decision's questions, in words and in its order (the one that decides the most first); each
   * takes the caseworker to its field in the form, or to the JSON box when the form has none.
   */
  ask(decision, lang) {
    const questions = decision.questions || [];
    const box = document.getElementById("ask");
    box.replaceChildren();
    if (!questions.length) return;
    box.className = "ask";
    box.appendChild(el("h3", null, t(lang, "r.askFor")));
    box.appendChild(el("p", "help", t(lang, "r.askHelp")));
    const list = el("ol", "ask-list");
    questions.forEach((q) => {
      const li = el("li");
      li.dataset.pointer = q.pointers[0];
      const link = el("a", null, q.text[lang]);
      link.href = "#household";
      link.addEventListener("click", (e) => {
        e.preventDefault();
        if (!Form.focus(q.pointers[0])) document.getElementById("json").focus();
      });
      li.appendChild(link);
      const n = q.settles.length;
      li.appendChild(el("span", "settles", ` — ${t(lang, "r.settles", n)}`));
      list.appendChild(li);
    });
    box.appendChild(list);
  },

  problems(into, list, heading, lang) {
    if (!list || !list.length) return;
    const box = el("div", "warnings");
    box.appendChild(el("h3", null, t(lang, heading)));
    const ul = el("ul");
    list.forEach((e) => ul.appendChild(el("li", null, `${e.path || "/"}: ${e.message[lang]}`)));
    box.appendChild(ul);
    into.appendChild(box);
  },
};

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function groupBy(list, key) {
  const groups = new Map();
  list.forEach((x) => {
    const k = key(x);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(x);
  });
  return [...groups.values()];
}
