/**
 * The value under `name`, or undefined where there is none. Own properties only: a name is user
 * text (a metric, a path, a Keras class), and `constructor`, `valueOf` or `__proto__` must not
 * find what every object inherits.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}
