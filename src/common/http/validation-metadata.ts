import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const memoized = new WeakSet<Storage>();

/**
 * class-validator looks up a class's rules on every validation by walking every decorated class of the
 * app (for inherited rules). The rules never change once the classes are loaded, so the lookup is
 * memoized per class, schema and options, and forgotten whenever a rule or constraint is registered.
 * Lookups for validation groups are not memoized (no route validates by group).
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  type Target = Parameters<Lookup>[0];
  let cache = new Map<Target, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups && groups.length > 0) return lookup(target, schema, always, strictGroups, groups);
    const key = `${schema}\0${always}\0${strictGroups}`;
    let byKey = cache.get(target);
    if (!byKey) cache.set(target, (byKey = new Map<string, ReturnType<Lookup>>()));
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  for (const name of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const register: (metadata: never) => void = storage[name].bind(storage);
    (storage as unknown as Record<string, (metadata: never) => void>)[name] = (metadata) => {
      cache = new Map<Target, Map<string, ReturnType<Lookup>>>();
      register(metadata);
    };
  }
}
