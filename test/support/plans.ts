import type { Plan } from '../../src/modules/ai';

/** A plan of the given shape with predictable names: `Epic 2`, `Story 2.1`, `Task 2.1.3`. */
export function makePlan(shape: { epics: number; stories: number; tasks: number }, name = 'Bookshop'): Plan {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    name,
    description: `An online shop for ${name.toLowerCase()}`,
    epics: range(shape.epics).map((e) => ({
      name: `Epic ${e}`,
      description: `Everything about part ${e}`,
      stories: range(shape.stories).map((s) => ({
        name: `Story ${e}.${s}`,
        description: `As a reader I want feature ${e}.${s}`,
        tasks: range(shape.tasks).map((t) => ({
          title: `Task ${e}.${s}.${t}`,
          description: t === 1 ? '' : `Do step ${t}`,
          estimate_hours: t === 2 ? null : t * 1.5,
          story_points: t === 3 ? null : t,
        })),
      })),
    })),
  };
}
