// Benefits along an axis: the household last evaluated, re-decided at each value of a numeric fact
// (POST /api/v1/vary), drawn with Apache ECharts (benefit per program and in total, thresholds marked)
// and written out as a table with the same numbers, the chart's text alternative.
"use strict";

const Vary = {
  sweep: null,
  chart: null,

  init() {
    document.getElementById("vary-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.run();
    });
    window.addEventListener("resize", () => this.chart && this.chart.resize());
  },

  /** Sends the record last evaluated with the axis the form names; shows the sweep or the problem. */
  async run() {
    const lang = state.lang;
    const error = document.getElementById("vary-err");
    error.textContent = "";
    if (!state.body) {
      error.textContent = t(lang, "vary.needRecord");
      return;
    }
    const query = new URLSearchParams();
    ["pointer", "from", "to", "step"].forEach((k) => query.set(k, document.getElementById(`vary-${k}`).value.trim()));
    say(t(lang, "vary.busy"));
    const button = document.getElementById("vary-submit");
    button.disabled = true;
    try {
      const response = await fetch(`${API}/vary?${query}`, { method: "POST", headers: headers(), body: state.body });
      const body = await response.json().catch(() => null);
      if (response.ok && body) {
        this.sweep = body;
        this.render(lang);
        say(t(lang, "vary.done"));
      } else {
        error.textContent = (body && (body.detail || body.title)) || t(lang, "e.network");
      }
    } catch (e) {
      error.textContent = t(lang, "e.network");
    } finally {
      button.disabled = false;
    }
  },

  /** A new decision: the chart of the previous one goes. */
  reset() {
    this.sweep = null;
    this.choices();
    document.getElementById("vary-out").hidden = true;
    document.getElementById("vary-err").textContent = "";
  },

  setLang() {
    this.choices();
    if (this.sweep) this.render(state.lang);
  },

  /** The axis's choices: every numeric field of the form, named in words; the household's income first. */
  choices() {
    const select = document.getElementById("vary-pointer");
    const was = select.value || "/household_monthly_income_mxn";
    const fields = [...document.querySelectorAll('#fields [data-kind="number"], #fields [data-kind="int"]')]
      .map((n) => n.dataset.pointer)
      .filter(Boolean);
    const pointers = ["/household_monthly_income_mxn", ...fields.filter((p) => p !== "/household_monthly_income_mxn")];
    select.replaceChildren(...pointers.map((p) => {
      const option = document.createElement("option");
      option.value = p;
      option.textContent = Form.label(p) || t(state.lang, "vary.income");
      return option;
    }));
    select.value = pointers.includes(was) ? was : pointers[0];
  },

  /** The series to draw: each result that has a monthly benefit somewhere on the axis, then the total. */
  series(sweep, lang) {
    const byKey = new Map();
    sweep.points.forEach((p, i) => p.results.forEach((r) => {
      const key = `${r.program} ${r.unit.kind} ${r.unit.id}`;
      if (!byKey.has(key)) byKey.set(key, { result: r, values: new Array(sweep.points.length).fill(0) });
      const counts = (r.outcome === "ELIGIBLE" || r.outcome === "ELIGIBLE_TO_APPLY") && r.benefit && r.benefit.monthly !== null;
      byKey.get(key).values[i] = counts ? Number(r.benefit.monthly) : 0;
    }));
    const shown = [...byKey.values()].filter((s) => s.values.some((v) => v !== 0));
    return shown.map((s) => ({
      name: `${s.result.program_name[lang]} · ${t(lang, `unit.${s.result.unit.kind}`, s.result.unit.id)}`,
      values: s.values,
    }));
  },

  render(lang) {
    const sweep = this.sweep;
    document.getElementById("vary-out").hidden = false;
    const values = sweep.points.map((p) => Number(p.value));
    const programs = this.series(sweep, lang);
    const totals = sweep.points.map((p) => Number(p.total));
    const caption = t(lang, "vary.caption", sweep.fact[lang]);
    const box = document.getElementById("vary-chart");
    box.setAttribute("aria-label", t(lang, "vary.chart", sweep.fact[lang], sweep.axis.from, sweep.axis.to));
    if (!this.chart) this.chart = echarts.init(box);
    const xs = this.xs(sweep, values);
    const line = (name, data, width) => ({
      name,
      type: "line",
      showSymbol: false,
      lineStyle: { width },
      data: xs.map((x) => [x.value, data[x.from]]),
    });
    const names = new Map();
    sweep.points[0].results.forEach((r) => names.set(r.program, r.program_name[lang]));
    const total = line(t(lang, "vary.total"), totals, 3);
    total.markLine = {
      symbol: "none",
      silent: true,
      lineStyle: { type: "dashed", color: "#4a5360" },
      label: { formatter: "{b}", position: "insideEndTop" },
      data: sweep.thresholds.map((th) => ({ name: names.get(th.program) || th.program, xAxis: Number(th.at) })),
    };
    this.chart.setOption({
      animation: false,
      aria: { enabled: false },
      title: { text: caption, textStyle: { fontSize: 13 } },
      tooltip: { trigger: "axis", renderMode: "richText" },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 60, right: 20, top: 60, bottom: 60 },
      xAxis: { type: "value", name: sweep.fact[lang], nameLocation: "middle", nameGap: 25, min: values[0], max: values[values.length - 1] },
      yAxis: { type: "value", name: t(lang, "per.MXN/month") },
      series: programs.map((s) => line(s.name, s.values, 2)).concat([total]),
    }, true);
    this.table(sweep, programs, totals, caption, lang);
    this.thresholds(sweep, lang);
  },

  /**
   * Where to draw: each value of the axis, and both sides of each threshold (the last value before it
   * takes the sample below, the first after it the sample above), so a step falls exactly on its threshold.
   */
  xs(sweep, values) {
    const xs = values.map((v, i) => ({ value: v, from: i }));
    sweep.thresholds.forEach((th) => {
      const before = Number(th.before);
      const at = Number(th.at);
      const below = values.filter((v) => v <= before).length - 1;
      const above = values.findIndex((v) => v >= at);
      if (below >= 0 && values[below] !== before) xs.push({ value: before, from: below });
      if (above >= 0 && values[above] !== at) xs.push({ value: at, from: above });
    });
    return xs.sort((a, b) => a.value - b.value || a.from - b.from);
  },

  /** The chart's numbers as a table: a row per value, a column per program, then the total. */
  table(sweep, programs, totals, caption, lang) {
    const table = document.getElementById("vary-table");
    table.replaceChildren();
    table.appendChild(el("caption", null, caption));
    const head = el("tr");
    [t(lang, "vary.value")].concat(programs.map((s) => s.name), [t(lang, "vary.total")]).forEach((h) => {
      const th = el("th", null, h);
      th.scope = "col";
      head.appendChild(th);
    });
    const thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    const body = el("tbody");
    sweep.points.forEach((p, i) => {
      const tr = el("tr");
      tr.dataset.value = p.value;
      const th = el("th", null, number(p.value, lang, 0, 4));
      th.scope = "row";
      tr.appendChild(th);
      programs.forEach((s) => tr.appendChild(el("td", null, number(s.values[i], lang, 2))));
      const td = el("td", "total", number(totals[i], lang, 2));
      tr.appendChild(td);
      body.appendChild(tr);
    });
    table.appendChild(body);
  },

  thresholds(sweep, lang) {
    const list = document.getElementById("vary-thresholds");
    list.replaceChildren();
    const names = new Map();
    sweep.points[0].results.forEach((r) => names.set(r.program, r.program_name[lang]));
    document.getElementById("vary-none").hidden = sweep.thresholds.length > 0;
    sweep.thresholds.forEach((th) => {
      const text = t(lang, "vary.threshold", names.get(th.program) || th.program, t(lang, `unit.${th.unit.kind}`, th.unit.id),
        th.from_outcome ? t(lang, `outcome.${th.from_outcome}`) : "—", number(th.before, lang, 0, 4),
        th.to_outcome ? t(lang, `outcome.${th.to_outcome}`) : "—", number(th.at, lang, 0, 4));
      const li = el("li", null, text + (th.limit_explained ? " " + th.limit_explained[lang] : ""));
      li.dataset.program = th.program;
      li.dataset.at = th.at;
      list.appendChild(li);
    });
  },
};

/** A number with grouping, at least {min} decimals, at most {max} (two unless given). */
function number(v, lang, min, max = 2) {
  return Number(v).toLocaleString(lang === "en" ? "en-US" : "es-MX", { minimumFractionDigits: min, maximumFractionDigits: max });
}

document.addEventListener("DOMContentLoaded", () => Vary.init());
