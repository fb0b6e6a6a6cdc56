// Loads a Chrome trace-event file into the DevTools trace model
// (@paulirish/trace_engine, the engine of Chrome's Performance panel) and
// prints what that model made of it, one line per fact, for
// tests/e2e/test_perfetto_consumer.c to check against the records:
//
//   O EPOCH_NS                       otherData.epoch_ns, as written
//   P PID NAME                       a process name the model knows
//   T PID TID NAME                   a thread the model shows, and its name
//   E PID TID PH NAME TS DUR DEPTH PARENT
//                                    an event in the thread's tree; TS and
//                                    DUR in whole nanoseconds as the model
//                                    holds them (its microseconds x 1000,
//                                    rounded); PARENT is "PH NAME TS DUR"
//                                    of the enclosing event, or "-"
//   D PID TID PH NAME TS DUR         an event the model left out of the tree
//
// Usage: node trace_model.mjs TRACE.json
import fs from 'node:fs';
import {analyzeEvents} from '@paulirish/trace_engine/analyze-trace.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node trace_model.mjs TRACE.json');
  process.exit(2);
}
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const {parsedTrace} = await analyzeEvents(doc.traceEvents);
const data = parsedTrace.data;

const ns = (us) => String(Math.round((us ?? 0) * 1000));
const id = (e) => `${e.ph} ${e.name} ${ns(e.ts)} ${ns(e.dur)}`;
const out = [];

out.push(`O ${doc.otherData?.epoch_ns ?? '-'}`);
for (const [pid, ev] of data.Meta.processNames)
  out.push(`P ${pid} ${ev.args.name}`);
for (const [pid, proc] of data.Renderer.processes) {
  for (const [tid, thread] of proc.threads) {
    out.push(`T ${pid} ${tid} ${thread.name}`);
    for (const e of thread.entries) {
      const node = data.Renderer.entryToNode.get(e);
      if (!node) {
        out.push(`D ${pid} ${tid} ${id(e)}`);
        continue;
      }
      const parent = node.parent ? id(node.parent.entry) : '-';
      out.push(`E ${pid} ${tid} ${id(e)} ${node.depth} ${parent}`);
    }
  }
}
process.stdout.write(out.join('\n') + '\n');
