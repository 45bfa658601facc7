/**
 * The value under `name`, or undefined where there is none. Own properties only: a name is user
 * text (a metric, a path, a Keras class), and `constructor`, `valueOf` or `__proto__` must not
 * find what every object inherits. An absent table has no values.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}
