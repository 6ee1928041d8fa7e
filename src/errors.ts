// Argument checks with uniform messages: every public function names itself,
// the argument or option, what it was given and what it expects.

/** Describe a value for an error message without dumping it whole. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `"${value}"`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default: {
      const name = (value as object).constructor?.name;
      return name && name !== 'Object' ? `a ${name}` : 'an object';
    }
  }
}

/** A `TypeError` whose message says `fn: what must be expected, got value`. */
export function typeError(fn: string, what: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${fn}: ${what} must be ${expected}, got ${describe(value)}`);
}

/** A `RangeError` whose message says `fn: what must be expected, got value`. */
export function rangeError(fn: string, what: string, expected: string, value: unknown): RangeError {
  return new RangeError(`${fn}: ${what} must be ${expected}, got ${describe(value)}`);
}

/** Options must be undefined or a plain object; returns it as a record. */
export function checkOptions(fn: string, options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw typeError(fn, 'options', 'an object or undefined', options);
  }
  return options as Record<string, unknown>;
}

/** Reject option names the function does not know (a typo is a silent wrong answer otherwise). */
export function checkKnownOptions(fn: string, options: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new RangeError(`${fn}: unknown option "${key}"; expected one of ${known.map((k) => `"${k}"`).join(', ')}`);
    }
  }
}

/** An optional boolean option. */
export function optionalBoolean(fn: string, options: Record<string, unknown>, name: string): boolean | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw typeError(fn, `options.${name}`, 'a boolean', value);
  return value;
}

/** An optional integer option within [min, max]. */
export function optionalInteger(
  fn: string,
  options: Record<string, unknown>,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw typeError(fn, `options.${name}`, 'a number', value);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw rangeError(fn, `options.${name}`, range, value);
  }
  return value;
}

/** An optional array of strings. */
export function optionalStringArray(
  fn: string,
  options: Record<string, unknown>,
  name: string,
): readonly string[] | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw typeError(fn, `options.${name}`, 'an array of strings', value);
  for (const item of value) {
    if (typeof item !== 'string') throw typeError(fn, `options.${name}[]`, 'a string', item);
  }
  return value as string[];
}
