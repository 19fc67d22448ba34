// Checks sync/gateway/openapi.yaml, generically (every path and status in it, whoever adds them):
// 1. the document against the official OpenAPI 3.0 JSON Schema (@seriousme/openapi-schema-validator,
//    which ships the OpenAPI Initiative's schemas), every error listed;
// 2. every local $ref resolves;
// 3. every HTTP exchange the gateway tests recorded (JSON lines: method, target, status,
//    content_type, body) against the document: the path and method must be documented, the
//    status must be one of the operation's responses, and the body must match that response's
//    schema (JSON), or be empty when the response has no content. A response that declares
//    content may still be empty only where it says `x-jiujin-empty-body: true`.
//
// Usage: node openapi_check.mjs NODE_MODULES_DIR openapi.yaml [EXCHANGES.jsonl ...]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, specPath, ...recordings] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), "x.js"));
const { Validator } = await import(
  path.join(path.resolve(modules), "@seriousme/openapi-schema-validator/index.js")
);
const Ajv04 = require("ajv-draft-04");
const addFormats = require("ajv-formats");
const YAML = require("yaml");

let failures = 0;
const fail = (msg) => {
  failures++;
  console.log(`FAIL ${msg}`);
};

// ---- 1. The document against the OpenAPI 3.0 schema ----
const text = readFileSync(specPath, "utf8");
// Duplicate keys and other YAML errors are errors, never silently resolved.
const parsed = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
for (const e of parsed.errors.slice(0, 5)) fail(`YAML: ${e.message}`);
const spec = parsed.toJS();
const validator = new Validator({ strict: true, allErrors: true });
const res = await validator.validate(spec);
if (!res.valid) {
  for (const e of res.errors ?? []) fail(`schema: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
} else {
  console.log(`ok   ${specPath} is a valid OpenAPI ${validator.version} document`);
}
if (!String(spec.openapi ?? "").startsWith("3.0.")) fail(`expected OpenAPI 3.0.x, got ${spec.openapi}`);

// A key without a value is what an unquoted comma in a flow mapping makes of the rest of a
// description ({description: a, b} has a key " b"); the schema misses it inside free-form maps.
const walkNulls = (node, where) => {
  if (Array.isArray(node)) node.forEach((v, i) => walkNulls(v, `${where}/${i}`));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (v === null && k !== "example" && k !== "default")
        fail(`key without a value at ${where}: "${k}" (an unquoted comma or colon in a flow mapping?)`);
      walkNulls(v, `${where}/${k}`);
    }
};
walkNulls(spec, "");

// ---- 2. Local references resolve ----
const pointer = (ref) => {
  if (!ref.startsWith("#/")) return undefined;
  let node = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
};
const walkRefs = (node, where) => {
  if (Array.isArray(node)) node.forEach((v, i) => walkRefs(v, `${where}/${i}`));
  else if (node && typeof node === "object") {
    if (typeof node.$ref === "string" && pointer(node.$ref) === undefined)
      fail(`unresolved $ref ${node.$ref} at ${where}`);
    for (const [k, v] of Object.entries(node)) walkRefs(v, `${where}/${k}`);
  }
};
walkRefs(spec, "");
const deref = (node) => (node && typeof node.$ref === "string" ? deref(pointer(node.$ref)) : node);

// ---- 3. Live responses ----
// Schemas are OpenAPI 3.0 schema objects: JSON Schema draft 4 plus a few keywords of its own.
const ajv = new Ajv04({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("byte", /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
ajv.addFormat("binary", () => true);
for (const k of ["example", "discriminator", "xml", "externalDocs", "deprecated", "readOnly", "writeOnly"])
  ajv.addKeyword({ keyword: k });
// The document is one schema, so that $refs into components resolve as they are.
const specSchema = JSON.parse(JSON.stringify(spec));
specSchema.id = "openapi.json";
ajv.addSchema(specSchema);

const templates = Object.keys(spec.paths ?? {}).map((p) => ({
  template: p,
  regex: new RegExp(`^${p.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^/}]+\}/g, "[^/]+")}$`),
}));
const findPath = (p) => {
  // A concrete path wins over a template (as OpenAPI says).
  const exact = templates.find((t) => t.template === p);
  return exact ?? templates.find((t) => t.regex.test(p));
};

const seen = new Map(); // "METHOD template status" -> count
let exchanges = 0;
for (const file of recordings) {
  let lines;
  try {
    lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  } catch (e) {
    fail(`cannot read the recorded exchanges ${file}: ${e.message}`);
    continue;
  }
  if (lines.length === 0) fail(`${file} recorded no exchange`);
  for (const line of lines) {
    exchanges++;
    const x = JSON.parse(line);
    const method = x.method.toLowerCase();
    const pathOnly = x.target.split("?")[0];
    const where = `${x.method} ${x.target} -> ${x.status}`;
    const p = findPath(pathOnly);
    if (!p) {
      fail(`${where}: path not in openapi.yaml`);
      continue;
    }
    const item = spec.paths[p.template];
    const op = item[method] ?? (method === "head" ? undefined : undefined);
    if (!op) {
      fail(`${where}: method not documented for ${p.template}`);
      continue;
    }
    const key = `${x.method} ${p.template} ${x.status}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const response = deref(op.responses?.[String(x.status)] ?? op.responses?.[`${String(x.status)[0]}XX`]);
    if (!response) {
      fail(`${where}: status ${x.status} not documented for ${x.method} ${p.template}`);
      continue;
    }
    const content = response.content ?? {};
    const body = x.body ?? "";
    if (body === "" || method === "head") {
      if (Object.keys(content).length > 0 && method !== "head" && response["x-jiujin-empty-body"] !== true)
        fail(`${where}: empty body, but the document promises ${Object.keys(content).join(", ")}`);
      continue;
    }
    if (Object.keys(content).length === 0) {
      fail(`${where}: a body (${body.slice(0, 80)}) where the document promises none`);
      continue;
    }
    const type = (x.content_type ?? "").split(";")[0].trim().toLowerCase();
    const media = content[type];
    if (!media) {
      fail(`${where}: content type ${type || "(none)"} not among ${Object.keys(content).join(", ")}`);
      continue;
    }
    if (!media.schema) continue;
    if (type !== "application/json") continue;
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      fail(`${where}: body is not JSON: ${body.slice(0, 80)}`);
      continue;
    }
    // Validate against the schema as written, its $refs pointing into the document.
    const schemaRef = media.schema.$ref ? `openapi.json${media.schema.$ref}` : null;
    const validate = schemaRef
      ? ajv.getSchema(schemaRef)
      : ajv.compile({ ...JSON.parse(JSON.stringify(media.schema, (k, v) =>
          k === "$ref" && typeof v === "string" && v.startsWith("#") ? `openapi.json${v}` : v)) });
    if (!validate(value))
      fail(`${where}: body ${body.slice(0, 120)} does not match: ${ajv.errorsText(validate.errors)}`);
  }
}

if (recordings.length > 0) {
  console.log(`checked ${exchanges} recorded exchanges; documented (method path status) seen:`);
  for (const [k, n] of [...seen.entries()].sort()) console.log(`     ${k}  x${n}`);
}
console.log(failures === 0 ? "0 failed" : `${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
