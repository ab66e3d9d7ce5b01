import { checkPlan, PLAN_SCHEMA, PROVIDER_PLAN_SCHEMA } from './plan.schema';

type Node = Record<string, unknown>;

/** Every schema node below `node`, with its path. */
function* walk(node: Node, path = '#'): Generator<[string, Node]> {
  yield [path, node];
  for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) yield* walk(child, `${path}/${name}`);
  if (node.items) yield* walk(node.items as Node, `${path}/items`);
}

const validPlan = () => ({
  name: 'Bookshop',
  description: '',
  epics: [
    {
      name: 'Catalogue',
      description: 'Browse books',
      stories: [{ name: 'Search', description: '', tasks: [{ title: 'Index titles', description: '', estimate_hours: 3.25, story_points: 3 }] }],
    },
  ],
});

describe('the provider schema', () => {
  const nodes = [...walk(PROVIDER_PLAN_SCHEMA)];

  it('follows the strict structured-output rules: closed objects whose properties are all required', () => {
    const objects = nodes.filter(([, node]) => node.type === 'object');
    expect(objects.length).toBe(4);
    for (const [path, node] of objects) {
      expect({ path, additionalProperties: node.additionalProperties }).toEqual({ path, additionalProperties: false });
      expect({ path, required: node.required }).toEqual({ path, required: Object.keys(node.properties as Node) });
    }
  });

  it('uses only keywords strict mode accepts and spells out the dropped limits', () => {
    const allowed = new Set(['type', 'description', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minimum', 'maximum']);
    for (const [path, node] of nodes) {
      for (const key of Object.keys(node)) expect({ path, key, allowed: allowed.has(key) }).toEqual({ path, key, allowed: true });
    }
    const epicName = nodes.find(([path]) => path === '#/epics/items/name')?.[1];
    expect(epicName?.description).toMatch(/at most 200 characters/);
  });

  it('writes a nullable member as a type union with null', () => {
    const hours = nodes.find(([path]) => path.endsWith('/tasks/items/estimate_hours'))?.[1];
    expect(hours).toMatchObject({ type: ['number', 'null'], minimum: 0 });
  });

  it('is derived from the validation schema: the same members and limits', () => {
    const validationNodes = [...walk(PLAN_SCHEMA)];
    expect(nodes.map(([path]) => path)).toEqual(validationNodes.map(([path]) => path));
    for (const [path, node] of validationNodes) {
      const provider = nodes.find(([p]) => p === path)![1];
      for (const key of ['minItems', 'maxItems', 'minimum', 'maximum'] as const) expect(provider[key]).toBe(node[key]);
    }
  });
});

describe('checkPlan', () => {
  it('accepts a valid plan and trims its text', () => {
    const plan = validPlan();
    plan.epics[0].name = '  Catalogue \n';
    expect(checkPlan(plan)).toEqual({ ok: true, value: validPlan() });
  });

  it.each([
    ['a lone surrogate', '\ud800x'],
    ['U+0000', 'a\u0000b'],
  ])('refuses text with %s', (_, text) => {
    const plan = validPlan();
    plan.epics[0].stories[0].tasks[0].description = text;
    expect(checkPlan(plan)).toEqual({
      ok: false,
      errors: [{ field: 'plan.epics.0.stories.0.tasks.0.description', message: 'must not contain U+0000 or an unpaired surrogate' }],
    });
  });

  it('accepts hours with two decimals and refuses three', () => {
    const plan = validPlan();
    plan.epics[0].stories[0].tasks[0].estimate_hours = 0.29;
    expect(checkPlan(plan).ok).toBe(true);
    plan.epics[0].stories[0].tasks[0].estimate_hours = 0.291;
    expect(checkPlan(plan)).toEqual({
      ok: false,
      errors: [{ field: 'plan.epics.0.stories.0.tasks.0.estimate_hours', message: 'must be multiple of 0.01' }],
    });
  });

  it('refuses something that is not a plan at all', () => {
    expect(checkPlan(['plan'])).toEqual({ ok: false, errors: [{ field: 'plan', message: 'must be object' }] });
  });
});
