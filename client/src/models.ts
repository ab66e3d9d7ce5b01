/** Names for the generated schemas the console and other callers use most. */
import type { components } from './schema.js';

type Schemas = components['schemas'];

export type Sprint = Schemas['SprintDto'];
export type SprintStatus = Sprint['status'];
export type Burndown = Schemas['BurndownDto'];
export type BurndownDay = Schemas['BurndownDayDto'];
export type Velocity = Schemas['VelocityDto'];
export type Comment = Schemas['CommentDto'];
export type ActivityEntry = Schemas['ActivityDto'];
/** A page of any list: `{items, total, skip, limit, next_cursor}`. */
export type PageOf<T> = Schemas['PageMetaDto'] & { items: T[] };
