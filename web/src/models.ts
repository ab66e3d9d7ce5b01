/** Names for the generated schemas the console's screens use, and the JSON a route answers with. */
import type { ApiPaths, components } from '@atlas/client';

type Schemas = components['schemas'];

export type TaskJson = Schemas['TaskDto'];
export type UpdateTask = Schemas['UpdateTaskDto'];
export type SprintJson = Schemas['SprintDto'];
export type ForecastJson = Schemas['ForecastDto'];
export type SprintPlanJson = Schemas['SprintPlanDto'];
export type LabelJson = Schemas['LabelDto'];
export type SearchResultJson = Schemas['SearchResultDto'];

/** The JSON a route answers with on success (200 or 201). */
export type JsonOf<P extends keyof ApiPaths, M extends keyof ApiPaths[P]> = ApiPaths[P][M] extends {
  responses: { [S in 200 | 201]?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
