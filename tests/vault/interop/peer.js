// Interoperability peer: drives @serenity-kit/opaque (Meta's opaque-ke compiled to WASM).
// Protocol: one JSON request per line on stdin, one JSON reply per line on stdout.
//   request:  {"op": "client.startRegistration", "params": {...}}
//   reply:    {"ok": true, "result": ...} or {"ok": false, "error": "message"}
// "ops" lists the available operations; "version" reports the package version.
"use strict";
const readline = require("node:readline");
const opaque = require("@serenity-kit/opaque");
const pkg = require("@serenity-kit/opaque/package.json");

const OPS = {
  "version": () => pkg.version,
  "server.createSetup": () => opaque.server.createSetup(),
  "server.getPublicKey": (p) => opaque.server.getPublicKey(p.serverSetup),
  "server.createRegistrationResponse": (p) => opaque.server.createRegistrationResponse(p),
  "server.startLogin": (p) => opaque.server.startLogin(p),
  "server.finishLogin": (p) => opaque.server.finishLogin(p),
  "client.startRegistration": (p) => opaque.client.startRegistration(p),
  "client.finishRegistration": (p) => opaque.client.finishRegistration(p),
  "client.startLogin": (p) => opaque.client.startLogin(p),
  "client.finishLogin": (p) => opaque.client.finishLogin(p) ?? null,
};

async function main() {
  await opaque.ready;
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let reply;
    try {
      const req = JSON.parse(line);
      const fn = OPS[req.op];
      if (!fn) throw new Error(`unknown op ${req.op}`);
      reply = { ok: true, result: fn(req.params || {}) };
    } catch (err) {
      reply = { ok: false, error: String(err && err.message ? err.message : err) };
    }
    process.stdout.write(JSON.stringify(reply) + "\n");
  }
}

main().catch((err) => {
  process.stderr.write(String(err) + "\n");
  process.exit(1);
});
