// Plain JSON values, as a model file's config holds them (pure).
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A config value as text, for a name or a lookup: a string as it is, anything else as its JSON.
 * String() would throw on an object whose toString is not a function ({"toString": null}).
 */
export const asText = (value: Json | undefined): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));

/**
 * How deeply a model config may nest lists and objects. A Keras model of nested models nests a
 * few dozen levels; the walks over a config (and TensorFlow.js' deserializer) recurse, and a
 * config nested 100,000 levels deep would overflow the stack.
 */
export const MAX_JSON_DEPTH = 1000;

/** Whether `value` nests lists and objects more than `limit` levels deep; walked with a stack of its own, never recursing. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
