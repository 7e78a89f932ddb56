// Reads one goal per line on stdin and prints one JSON line per goal with the latest date
// chrono-node finds (Dutch parser for Dutch-looking lines, English otherwise), against the same
// reference date as `pop smart`. Only dates: chrono does not judge Specific or Measurable.
import * as chrono from "chrono-node";
import { createInterface } from "node:readline";

const reference = new Date(Date.UTC(2027, 0, 15, 12));
const dutch = /\b(ik|de|het|een|binnen|uiterlijk|voor|vóór|eind)\b/i;
const out = [];
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  const parser = dutch.test(line) ? chrono.nl : chrono.en;
  const results = parser.parse(line, reference, { forwardDate: true });
  let latest = null;
  for (const r of results) {
    const d = (r.end ?? r.start).date();
    if (latest === null || d > latest) latest = d;
  }
  out.push(JSON.stringify({ text: line, deadline: latest ? latest.toISOString().slice(0, 10) : null }));
  if (out.length >= 4096) { process.stdout.write(out.join("\n") + "\n"); out.length = 0; }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");
