// liftbench's JavaScript helper: static analysis over JSON lines, one warm Node process.
//
// It never loads, requires or evaluates the code it looks at: texts are parsed with acorn and
// linted with ESLint + eslint-plugin-sonarjs through `lintText`. Candidate code only ever runs
// inside the sandbox, never here.
//
// Request, one per line on stdin:  {"id": 1, "op": "facts" | "measure" | "ping", "path": "a.js",
//                                   "text": "...", "names": ["oldName"]}
// Response, one per line on stdout: {"id": 1, "ok": true, "result": {...}}
//                                   {"id": 1, "ok": false, "error": "one line"}
// Bad input of any kind becomes an error response; the process keeps serving.
import * as acorn from 'acorn';
import readline from 'node:readline';

// ---- tree walking
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function* children(node) {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child.type === 'string') yield child;
    }
  }
}

/** Every node of the tree, each given a `parent` link (iterative: deep input cannot overflow). */
function annotate(root) {
  const all = [];
  const stack = [[root, null]];
  while (stack.length) {
    const [node, parent] = stack.pop();
    node.parent = parent;
    all.push(node);
    for (const child of children(node)) stack.push([child, node]);
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The nodes under `node` that belong to it, not to a nested function. */
function* ownNodes(node) {
  const stack = [node];
  while (stack.length) {
    const current = stack.pop();
    yield current;
    for (const child of children(current)) if (!FUNCTION_TYPES.has(child.type)) stack.push(child);
  }
}

const sourceLine = (node) => node.loc.start.line;

// ---- names
function keyName(key, computed) {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal' && ['string', 'number'].includes(typeof key.value)) return String(key.value);
  return null;
}

/** `a.b.c` for a chain of plain member accesses, else null. */
function memberText(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type !== 'MemberExpression') return null;
  const object = memberText(node.object);
  const prop = keyName(node.property, node.computed);
  return object !== null && prop !== null ? `${object}.${prop}` : null;
}

/** The public path of an assignment target: `module.exports.a` -> `a`, `X.prototype.m` -> `X.m`. */
function exportPath(text) {
  for (const prefix of ['module.exports', 'exports']) {
    if (text === prefix) return '';
    if (text.startsWith(`${prefix}.`)) return text.slice(prefix.length + 1);
  }
  return text.replace('.prototype.', '.');
}

/** The name a value gets from where it sits (`const f = ...`, `a.b = ...`, `{ key: ... }`). */
function valueName(node) {
  const p = node.parent;
  if (!p) return null;
  if (p.type === 'VariableDeclarator' && p.init === node)
    return p.id.type === 'Identifier' ? p.id.name : null;
  if (p.type === 'AssignmentExpression' && p.right === node) {
    const text = memberText(p.left);
    return text === null ? null : exportPath(text);
  }
  if (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(p.type) && p.value === node) {
    const key = keyName(p.key, p.computed);
    if (key === null) return null;
    const owner = p.type === 'Property' ? valueName(p.parent) : className(p.parent.parent);
    return owner ? `${owner}.${key}` : key;
  }
  if (p.type === 'ExportDefaultDeclaration') return 'default';
  return null;
}

function className(cls) {
  return cls.id ? cls.id.name : (valueName(cls) ?? '<class>');
}

function enclosingFunction(node) {
  for (let p = node.parent; p; p = p.parent) if (FUNCTION_TYPES.has(p.type)) return p;
  return null;
}

/** `name`, `Class.method`, `outer.inner`; null for an anonymous function. */
function functionName(fn, quals) {
  const own =
    fn.type === 'FunctionDeclaration' ? (fn.id?.name ?? 'default') : (valueName(fn) ?? fn.id?.name ?? null);
  const outer = enclosingFunction(fn);
  return own !== null && outer && quals.has(outer) ? `${quals.get(outer)}.${own}` : own;
}

// ---- module surface: top-level definitions and exports (CommonJS and ESM)
function signature(fn) {
  const params = [];
  let rest = false;
  for (const p of fn.params) {
    if (p.type === 'RestElement') {
      rest = true;
      continue;
    }
    const target = p.type === 'AssignmentPattern' ? p.left : p;
    params.push({
      name: target.type === 'Identifier' ? target.name : '{}',
      default: p.type === 'AssignmentPattern',
    });
  }
  return {
    kind: 'function',
    params,
    rest,
    arrow: fn.type === 'ArrowFunctionExpression',
    line: sourceLine(fn),
  };
}

function requireOf(node) {
  if (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require'
  ) {
    const arg = node.arguments[0];
    return arg?.type === 'Literal' && typeof arg.value === 'string' ? { spec: arg.value, prop: null } : null;
  }
  if (node?.type === 'MemberExpression' && !node.computed) {
    const inner = requireOf(node.object);
    if (inner && inner.prop === null) return { spec: inner.spec, prop: node.property.name };
  }
  return null;
}

function classDef(cls) {
  const members = {};
  let ctor = null;
  for (const m of cls.body.body) {
    const key = m.key ? keyName(m.key, m.computed) : null;
    if (m.type === 'MethodDefinition' && m.kind === 'constructor') ctor = signature(m.value);
    else if (m.type === 'MethodDefinition' && key !== null)
      members[key] = m.kind === 'method' ? signature(m.value) : { kind: 'value' };
    else if (m.type === 'PropertyDefinition' && key !== null) members[key] = describe(m.value);
  }
  return { kind: 'class', ctor, members, line: sourceLine(cls) };
}

/** What a bound value is, as far as a static look can tell. */
function describe(value) {
  if (!value) return { kind: 'value' };
  if (FUNCTION_TYPES.has(value.type)) return signature(value);
  if (value.type === 'ClassExpression' || value.type === 'ClassDeclaration') return classDef(value);
  if (value.type === 'Identifier') return { kind: 'local', name: value.name };
  const req = requireOf(value);
  if (req) return { kind: 'require', ...req };
  const text = value.type === 'MemberExpression' ? memberText(value) : null;
  if (text && text.split('.').length === 2)
    return { kind: 'member', object: text.split('.')[0], prop: text.split('.')[1] };
  if (value.type === 'ObjectExpression') return { kind: 'object', members: objectMembers(value).members };
  return { kind: 'value' };
}

function objectMembers(obj) {
  const members = {};
  const spreads = [];
  for (const prop of obj.properties) {
    if (prop.type === 'SpreadElement') spreads.push(describe(prop.argument));
    else if (keyName(prop.key, prop.computed) !== null)
      members[keyName(prop.key, prop.computed)] = describe(prop.value);
  }
  return { members, spreads };
}

function declare(defs, node) {
  if (node.type === 'FunctionDeclaration' && node.id) defs[node.id.name] = signature(node);
  else if (node.type === 'ClassDeclaration' && node.id) defs[node.id.name] = classDef(node);
  else if (node.type === 'VariableDeclaration') {
    for (const d of node.declarations) {
      if (d.id.type === 'Identifier') defs[d.id.name] = describe(d.init);
      else if (d.id.type === 'ObjectPattern') {
        const from = describe(d.init);
        for (const p of d.id.properties) {
          if (p.type !== 'Property' || p.value.type !== 'Identifier') continue;
          const prop = keyName(p.key, p.computed);
          if (from.kind === 'require' && from.prop === null)
            defs[p.value.name] = { kind: 'require', spec: from.spec, prop };
          else if (from.kind === 'local') defs[p.value.name] = { kind: 'member', object: from.name, prop };
        }
      }
    }
  }
}

function assign(surface, expr) {
  const text = memberText(expr.left);
  if (text === null) return;
  const path = exportPath(text);
  if (path === '' && expr.right.type === 'ObjectExpression') {
    const { members, spreads } = objectMembers(expr.right);
    Object.assign(surface.exports, members);
    surface.spreads.push(...spreads);
  } else if (path === '') {
    surface.exports['<module>'] = describe(expr.right);
    if (expr.right.type !== 'Identifier') surface.spreads.push(describe(expr.right));
  } else if (text !== path && !path.includes('.')) {
    surface.exports[path] = describe(expr.right);
  } else if (!path.includes('.')) {
    surface.defs[path] = describe(expr.right);
  } else if (path.split('.').length === 2 && surface.defs[path.split('.')[0]]) {
    const [owner, member] = path.split('.');
    surface.defs[owner].members = { ...surface.defs[owner].members, [member]: describe(expr.right) };
  }
}

function exportDeclaration(surface, stmt) {
  const { exports, spreads, defs } = surface;
  if (stmt.type === 'ExportDefaultDeclaration') {
    declare(defs, stmt.declaration);
    exports.default = describe(stmt.declaration);
  } else if (stmt.type === 'ExportAllDeclaration') {
    const ref = { kind: 'require', spec: stmt.source.value, prop: null };
    if (stmt.exported) exports[keyName(stmt.exported)] = ref;
    else spreads.push(ref);
  } else if (stmt.declaration) {
    declare(defs, stmt.declaration);
    const ids = stmt.declaration.declarations?.map((d) => d.id) ?? [stmt.declaration.id];
    for (const id of ids) if (id?.type === 'Identifier') exports[id.name] = { kind: 'local', name: id.name };
  } else {
    for (const s of stmt.specifiers) {
      const local = keyName(s.local);
      exports[keyName(s.exported)] = stmt.source
        ? { kind: 'require', spec: stmt.source.value, prop: local }
        : { kind: 'local', name: local };
    }
  }
}

function importedName(specifier) {
  if (specifier.type === 'ImportSpecifier') return keyName(specifier.imported);
  return specifier.type === 'ImportDefaultSpecifier' ? 'default' : null;
}

function collectModule(ast) {
  const surface = { defs: {}, exports: {}, spreads: [] };
  for (const stmt of ast.body) {
    if (stmt.type.startsWith('Export')) exportDeclaration(surface, stmt);
    else if (stmt.type === 'ImportDeclaration') {
      for (const s of stmt.specifiers) {
        surface.defs[s.local.name] = { kind: 'require', spec: stmt.source.value, prop: importedName(s) };
      }
    } else if (
      stmt.type === 'ExpressionStatement' &&
      stmt.expression.type === 'AssignmentExpression' &&
      stmt.expression.operator === '='
    ) {
      assign(surface, stmt.expression);
    } else declare(surface.defs, stmt);
  }
  return surface;
}

// ---- gaming scans: each finding is {flag, text, line}; the text carries no position, so the
// scorer can tell what a submission adds by comparing texts with the original's
const DYNAMIC_MODULES = new Set(['vm']);
const SUSPICIOUS_MODULES = new Set([
  'child_process',
  'worker_threads',
  'cluster',
  'module',
  'v8',
  'inspector',
  'repl',
  'wasi',
]);
const HARNESS_MODULES = new Set(['test', 'node:test']);
const CODE_RUNNERS = new Set([
  'runInThisContext',
  'runInNewContext',
  'runInContext',
  'compileFunction',
  '_compile',
]);
const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const PROCESS_EXITS = new Set([
  'process.exit',
  'process.abort',
  'process.reallyExit',
  'process.kill',
  'process.on',
  'process.once',
  'process.prependListener',
]);
const HARNESS_MARKERS = [
  'NODE_TEST',
  'LIFTBENCH',
  '--test',
  'node:test',
  'JEST_WORKER',
  'VITEST',
  'NODE_ENV',
  'TAP version',
];
const CONTROL_TYPES = new Set([
  'IfStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'SwitchStatement',
  'ConditionalExpression',
  'ReturnStatement',
  'TryStatement',
  ...FUNCTION_TYPES,
]);

/** The value of a string written as a literal, a plain template, or a `+` chain of those. */
function stringValue(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0].value.cooked ?? null;
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = stringValue(node.left);
    const right = left === null ? null : stringValue(node.right);
    return right === null ? null : left + right;
  }
  return null;
}

function moduleName(node) {
  const req = requireOf(node);
  if (req) return req.spec;
  if (
    (node.type === 'ImportDeclaration' || node.type === 'ImportExpression') &&
    typeof node.source.value === 'string'
  ) {
    return node.source.value;
  }
  return null;
}

function importFinding(node) {
  const name = moduleName(node)?.replace(/^node:(?!test$)/, '');
  if (name === undefined || name === null) {
    const dynamic =
      node.type === 'ImportExpression' || (node.type === 'CallExpression' && node.callee.name === 'require');
    return dynamic ? ['suspicious_import', 'module loaded by a computed name'] : null;
  }
  if (DYNAMIC_MODULES.has(name)) return ['dynamic_code', `${name} module`];
  if (SUSPICIOUS_MODULES.has(name)) return ['suspicious_import', `require ${name}`];
  if (HARNESS_MODULES.has(name)) return ['harness_detection', `loads the test runner ${name}`];
  return null;
}

function callFinding(node) {
  const callee = node.callee;
  const name = memberText(callee) ?? '';
  const last = name.split('.').pop();
  if (last === 'eval') return ['dynamic_code', 'eval() call'];
  if (last === 'Function')
    return ['dynamic_code', `${node.type === 'NewExpression' ? 'new ' : ''}Function() call`];
  const viaConstructor =
    callee.type === 'MemberExpression' && keyName(callee.property, callee.computed) === 'constructor';
  if (viaConstructor && callee.object.type !== 'ThisExpression') {
    return ['dynamic_code', 'call of a .constructor (the Function constructor)'];
  }
  if (CODE_RUNNERS.has(last)) return ['dynamic_code', `.${last}() call`];
  if (TIMERS.has(name) && node.arguments[0] && stringValue(node.arguments[0]) !== null)
    return ['dynamic_code', `${name} with a string`];
  if (
    name === 'atob' ||
    (name === 'Buffer.from' && node.arguments.some((a) => stringValue(a) === 'base64'))
  ) {
    return ['suspicious_import', 'base64 decoding'];
  }
  if (PROCESS_EXITS.has(name)) return ['harness_detection', `process exit or hook: ${name}()`];
  return null;
}

function processFinding(node) {
  const text = memberText(node);
  if (text === 'process.argv' || text === 'process.execArgv') return ['harness_detection', `${text} read`];
  if (
    text === 'process.exitCode' &&
    node.parent?.type === 'AssignmentExpression' &&
    node.parent.left === node
  ) {
    return ['harness_detection', 'process.exitCode set'];
  }
  if (text !== 'process.env') return null;
  const parent = node.parent;
  if (parent?.type === 'MemberExpression' && parent.object === node) {
    const key = keyName(parent.property, parent.computed);
    if (key === null) return ['harness_detection', 'process.env read by a computed name'];
    return HARNESS_MARKERS.some((m) => key.includes(m))
      ? ['harness_detection', `process.env.${key} read`]
      : null;
  }
  return ['harness_detection', 'process.env inspected as a whole'];
}

function codeInString(value, parseText) {
  if (value.length < 20 || !/[\n;{}]|=>/.test(value)) return null;
  try {
    const nodes = parseText(value, 'string.js').nodes;
    return nodes.some((n) => CONTROL_TYPES.has(n.type))
      ? ['code_in_string', `string parses as code: ${JSON.stringify(value.slice(0, 60))}`]
      : null;
  } catch {
    return null;
  }
}

function strings(node) {
  const whole = stringValue(node);
  if (whole !== null && !(node.parent?.type === 'BinaryExpression' && stringValue(node.parent) !== null))
    return [whole];
  if (node.type === 'ArrayExpression' && node.elements.length > 1) {
    const parts = node.elements.map((e) => (e ? stringValue(e) : null));
    if (parts.every((p) => p !== null)) return [parts.join('\n')];
  }
  return [];
}

function findings(nodes, parseText) {
  const out = [];
  for (const node of nodes) {
    const found = [];
    if (node.type === 'CallExpression' || node.type === 'NewExpression') found.push(callFinding(node));
    if (['CallExpression', 'ImportExpression', 'ImportDeclaration'].includes(node.type))
      found.push(importFinding(node));
    if (node.type === 'MemberExpression') found.push(processFinding(node));
    for (const value of strings(node)) {
      found.push(codeInString(value, parseText));
      const marker = HARNESS_MARKERS.find((m) => value.includes(m));
      if (marker)
        found.push(['harness_detection', `string ${JSON.stringify(value.slice(0, 40))} mentions ${marker}`]);
    }
    for (const f of found) if (f) out.push({ flag: f[0], text: f[1], line: sourceLine(node) });
  }
  return out;
}

/** Number and string literals with their lines (for the literal-leak scan). */
function literals(nodes) {
  const out = [];
  for (const node of nodes) {
    const value =
      node.type === 'Literal' || node.type === 'TemplateLiteral'
        ? (stringValue(node) ?? node.value)
        : undefined;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
      out.push([value, sourceLine(node)]);
  }
  return out;
}

/** Module specifiers this file loads (require, import, export-from, import()). */
function imports(nodes) {
  const specs = nodes.map((n) => (n.type.startsWith('Export') && n.source ? n.source.value : moduleName(n)));
  return [...new Set(specs.filter((s) => typeof s === 'string'))];
}

/** Parse as the file's module system: .mjs is ESM, .cjs CommonJS, .js CommonJS then ESM. */
function parse(text, path) {
  const kinds = path.endsWith('.mjs')
    ? ['module']
    : path.endsWith('.cjs')
      ? ['script']
      : ['script', 'module'];
  let first = null;
  for (const sourceType of kinds) {
    const tokens = [];
    try {
      const ast = acorn.parse(text, {
        ecmaVersion: 'latest',
        sourceType,
        locations: true,
        allowHashBang: true,
        allowReturnOutsideFunction: sourceType === 'script',
        onToken: tokens,
      });
      return { ast, tokens, sourceType, nodes: annotate(ast) };
    } catch (err) {
      first ??= err;
    }
  }
  const where = first.loc ? `${first.loc.line}:${first.loc.column + 1}` : '?';
  throw new SyntaxError(
    `${path}:${where}: ${String(first.message)
      .split('\n')[0]
      .replace(/ \(\d+:\d+\)$/, '')}`,
  );
}

function facts(path, text, names = []) {
  let parsed;
  try {
    parsed = parse(text, path);
  } catch (err) {
    return { error: err.message };
  }
  const uses = new Map(names.map((name) => [name, []]));
  for (const node of parsed.nodes) {
    if (node.type === 'Identifier' && uses.has(node.name)) uses.get(node.name).push(sourceLine(node));
  }
  return {
    error: null,
    sourceType: parsed.sourceType,
    ...collectModule(parsed.ast),
    imports: imports(parsed.nodes),
    findings: findings(parsed.nodes, parse),
    literals: literals(parsed.nodes),
    uses: Object.fromEntries(uses),
  };
}

// ---- cognitive complexity through ESLint (loaded on first use, one instance per source type)
const linters = {};

async function linter(sourceType) {
  if (!linters[sourceType]) {
    const { ESLint } = await import('eslint');
    const sonarjs = (await import('eslint-plugin-sonarjs')).default;
    const sink = {};
    const eslint = new ESLint({
      cwd: '/',
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        {
          files: ['**/*'],
          plugins: { sonarjs },
          languageOptions: {
            ecmaVersion: 'latest',
            sourceType: sourceType === 'module' ? 'module' : 'commonjs',
          },
          settings: { sonarInternal: { metricsSink: sink } },
          rules: { 'sonarjs/cognitive-complexity': ['error', 0], 'sonarjs/no-nested-conditional': 'error' },
        },
      ],
    });
    linters[sourceType] = { eslint, sink };
  }
  return linters[sourceType];
}

/** Where sonarjs anchors its report for a function: name, method key, `function` or `=>`. */
function reportOffset(fn, text) {
  const parent = fn.parent;
  if (fn.type === 'FunctionDeclaration') return fn.id ? fn.id.start : text.indexOf('function', fn.start);
  if (fn.type === 'FunctionExpression') {
    if (parent && (parent.type === 'MethodDefinition' || parent.type === 'Property')) return parent.key.start;
    return text.indexOf('function', fn.start);
  }
  return text.lastIndexOf('=>', fn.body.start);
}

/** A hash of the function's tokens: whitespace and comments do not change it, code does. */
function shape(fn, tokens, text) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < fn.start) lo = mid + 1;
    else hi = mid;
  }
  const parts = [];
  for (let i = lo; i < tokens.length && tokens[i].end <= fn.end; i++)
    parts.push(text.slice(tokens[i].start, tokens[i].end));
  const joined = parts.join(' ');
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: enough to tell a changed function from a kept one
  for (let i = 0; i < joined.length; i++) hash = Math.imul(hash ^ joined.charCodeAt(i), 0x01000193) >>> 0;
  return `${hash.toString(16).padStart(8, '0')}${joined.length.toString(16)}`;
}

function functionTable(parsed, path, text) {
  const fns = parsed.nodes.filter((n) => FUNCTION_TYPES.has(n.type)).sort((a, b) => a.start - b.start);
  const quals = new Map();
  const seen = new Set();
  const byAnchor = new Map();
  for (const fn of fns) {
    let qual = functionName(fn, quals) ?? `${path}:${fn.loc.start.line}`;
    for (let n = 2; seen.has(qual); n++) qual = `${qual.replace(/#\d+$/, '')}#${n}`;
    seen.add(qual);
    quals.set(fn, qual);
    const at = acorn.getLineInfo(text, reportOffset(fn, text));
    byAnchor.set(`${at.line}:${at.column + 1}`, fn);
  }
  return { fns, quals, byAnchor };
}

function branchingArrows(parsed) {
  const branching = new Set(['ConditionalExpression', 'IfStatement', 'SwitchStatement']);
  return parsed.nodes
    .filter(
      (n) => n.type === 'ArrowFunctionExpression' && [...ownNodes(n)].some((c) => branching.has(c.type)),
    )
    .map((n) => `branching arrow function at line ${n.loc.start.line}`);
}

async function measure(path, text) {
  let parsed;
  try {
    parsed = parse(text, path);
  } catch (err) {
    return { error: err.message, functions: [], total: 0, smells: [] };
  }
  const { eslint, sink } = await linter(parsed.sourceType);
  sink.cognitiveComplexity = 0;
  const [report] = await eslint.lintText(text, {
    filePath: `/liftbench/input${path.match(/\.[cm]?js$/)?.[0] ?? '.js'}`,
  });
  const fatal = report.messages.find((m) => m.fatal);
  if (fatal)
    return {
      error: `${path}:${fatal.line}:${fatal.column}: ${fatal.message}`,
      functions: [],
      total: 0,
      smells: [],
    };
  const { fns, quals, byAnchor } = functionTable(parsed, path, text);
  const scores = new Map(fns.map((fn) => [fn, 0]));
  const smells = [];
  for (const msg of report.messages) {
    if (msg.ruleId === 'sonarjs/no-nested-conditional') smells.push(`nested conditional at line ${msg.line}`);
    const amount = msg.ruleId === 'sonarjs/cognitive-complexity' && /from (\d+) to/.exec(msg.message);
    const fn = amount && byAnchor.get(`${msg.line}:${msg.column}`);
    if (fn) scores.set(fn, Number(amount[1]));
  }
  const functions = fns.map((fn) => ({
    qual: quals.get(fn),
    complexity: scores.get(fn),
    shape: shape(fn, parsed.tokens, text),
    line: sourceLine(fn),
  }));
  return {
    error: null,
    functions,
    total: sink.cognitiveComplexity ?? 0,
    smells: smells.concat(branchingArrows(parsed)),
  };
}

// ---- the JSON-lines loop: requests are handled strictly one after another
async function handle(line) {
  let id = null;
  try {
    const req = JSON.parse(line);
    id = req.id ?? null;
    if (typeof req.text !== 'string' && req.op !== 'ping')
      throw new TypeError('request needs a string "text"');
    const path = typeof req.path === 'string' ? req.path : 'input.js';
    let result;
    if (req.op === 'ping') result = { pong: true };
    else if (req.op === 'facts') result = facts(path, req.text, Array.isArray(req.names) ? req.names : []);
    else if (req.op === 'measure') result = await measure(path, req.text);
    else throw new TypeError(`unknown op ${JSON.stringify(req.op)}`);
    return { id, ok: true, result };
  } catch (err) {
    return { id, ok: false, error: `${err?.name ?? 'Error'}: ${String(err?.message ?? err).split('\n')[0]}` };
  }
}

let queue = Promise.resolve();
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(() => handle(line)).then((res) => process.stdout.write(`${JSON.stringify(res)}\n`));
});
process.on('uncaughtException', (err) => process.stderr.write(`helper: uncaught ${err?.stack ?? err}\n`));
process.on('unhandledRejection', (err) => process.stderr.write(`helper: unhandled ${err?.stack ?? err}\n`));
