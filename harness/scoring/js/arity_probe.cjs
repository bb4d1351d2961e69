// Run by `node -e` inside the sandbox (never by the helper): requires each module from the
// original (/original) and the candidate (/ws) and reports typeof and length of each symbol.
// `__SPECS__` and `__MARKER__` are filled in by harness/scoring/js_interface.py.
const path = require('path');
const out = {};

function member(value, part) {
  const target = Object(value);
  if (Object.prototype.hasOwnProperty.call(target, part)) return value[part];
  const proto = target.prototype;
  if (proto && part in Object(proto)) return proto[part];
  const inherited = value[part] === Function.prototype[part] || value[part] === Object.prototype[part];
  return inherited ? undefined : value[part];
}

for (const [root, file, name] of __SPECS__) {
  const key = `${root}|${file}|${name}`;
  try {
    const mod = require(path.join(root, file));
    const parts = name.split('.');
    if (typeof mod === 'function' && mod.name === parts[0] && !(parts[0] in mod)) parts.shift();
    let value = mod;
    for (const part of parts) value = value == null ? undefined : member(value, part);
    out[key] = { type: typeof value, length: typeof value === 'function' ? value.length : null };
  } catch (err) {
    out[key] = { error: String(err && err.message).slice(0, 200) };
  }
}
process.stdout.write(`\n__MARKER__${JSON.stringify(out)}\n`);
