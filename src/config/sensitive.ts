import 'reflect-metadata';

const SENSITIVE_KEYS = Symbol('sensitive-config-keys');

/** Marks a configuration value that must never be logged or rendered. */
export function Sensitive(): PropertyDecorator {
  return (target, key) => {
    const keys = (Reflect.getMetadata(SENSITIVE_KEYS, target) as Set<string | symbol> | undefined) ?? new Set();
    keys.add(key);
    Reflect.defineMetadata(SENSITIVE_KEYS, keys, target);
  };
}

export function redactSensitive<T extends object>(config: T): Record<string, unknown> {
  const keys = (Reflect.getMetadata(SENSITIVE_KEYS, config) as Set<string | symbol> | undefined) ?? new Set();
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [k, keys.has(k) && v !== undefined ? '[redacted]' : v]),
  );
}
