import Ajv, { ErrorObject, JSONSchemaType } from 'ajv';
import type { FieldError } from '../../common/errors';

/**
 * The plan: the one definition behind the provider's `response_format`, the validation of what the
 * model answers and of the apply body, and the OpenAPI document. `JSONSchemaType<Plan>` makes the
 * compiler check the schema against these types.
 */
export interface PlanTask {
  title: string;
  description: string;
  estimate_hours: number | null;
  story_points: number | null;
}

export interface PlanStory {
  name: string;
  description: string;
  tasks: PlanTask[];
}

export interface PlanEpic {
  name: string;
  description: string;
  stories: PlanStory[];
}

export interface Plan {
  name: string;
  description: string;
  epics: PlanEpic[];
}

export const PLAN_LIMITS = { epics: 20, storiesPerEpic: 20, tasksPerStory: 30 } as const;

/** Text that PostgreSQL and JSON can carry: no U+0000, no unpaired surrogate. */
const TEXT_FORMAT = 'text';

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);
}

const name = (what: string) =>
  ({ type: 'string', format: TEXT_FORMAT, minLength: 1, maxLength: 200, description: `Short name of the ${what}` }) as const;
const text = (maxLength: number, description: string) =>
  ({ type: 'string', format: TEXT_FORMAT, maxLength, description }) as const;

/**
 * A required `number | null`. ajv's `JSONSchemaType` ties `nullable` to optional members, so this one
 * member type is asserted; ajv itself validates `nullable` as JSON Schema null.
 */
const nullableNumber = (schema: { type: 'number' | 'integer'; minimum: number; maximum: number; multipleOf?: number; description: string }) =>
  ({ ...schema, nullable: true }) as unknown as JSONSchemaType<number>;

const TASK_SCHEMA: JSONSchemaType<PlanTask> = {
  type: 'object',
  description: 'One piece of work a single person can finish in a few days at most',
  properties: {
    title: { ...name('task'), description: 'What is to be done, as an imperative phrase' },
    description: text(10_000, 'How to do it and when it is done; may be empty'),
    estimate_hours: nullableNumber({
      type: 'number',
      minimum: 0,
      maximum: 100_000,
      multipleOf: 0.01,
      description: 'Estimated effort in hours, or null when unknown',
    }),
    story_points: nullableNumber({
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Relative size in story points (for example 1, 2, 3, 5, 8, 13), or null when unknown',
    }),
  },
  required: ['title', 'description', 'estimate_hours', 'story_points'],
  additionalProperties: false,
};

const STORY_SCHEMA: JSONSchemaType<PlanStory> = {
  type: 'object',
  description: 'A user story: something a user can do when it is built',
  properties: {
    name: name('story'),
    description: text(5_000, 'The story, e.g. "As a ... I want ... so that ..."; may be empty'),
    tasks: { type: 'array', items: TASK_SCHEMA, minItems: 1, maxItems: PLAN_LIMITS.tasksPerStory },
  },
  required: ['name', 'description', 'tasks'],
  additionalProperties: false,
};

const EPIC_SCHEMA: JSONSchemaType<PlanEpic> = {
  type: 'object',
  description: 'A large body of work grouping related stories',
  properties: {
    name: name('epic'),
    description: text(5_000, 'What the epic delivers; may be empty'),
    stories: { type: 'array', items: STORY_SCHEMA, minItems: 1, maxItems: PLAN_LIMITS.storiesPerEpic },
  },
  required: ['name', 'description', 'stories'],
  additionalProperties: false,
};

export const PLAN_SCHEMA: JSONSchemaType<Plan> = {
  type: 'object',
  description: 'A project plan: epics, their stories, and the stories’ tasks, in the order they should be worked on',
  properties: {
    name: name('project'),
    description: text(5_000, 'What the project is for; may be empty'),
    epics: { type: 'array', items: EPIC_SCHEMA, minItems: 1, maxItems: PLAN_LIMITS.epics },
  },
  required: ['name', 'description', 'epics'],
  additionalProperties: false,
};

export interface ApplyPlanBody {
  plan: Plan;
}

export const APPLY_PLAN_BODY_SCHEMA: JSONSchemaType<ApplyPlanBody> = {
  type: 'object',
  properties: { plan: PLAN_SCHEMA },
  required: ['plan'],
  additionalProperties: false,
};

const ajv = new Ajv({ allErrors: true, strict: true, multipleOfPrecision: 8 });
ajv.addFormat(TEXT_FORMAT, { type: 'string', validate: isStorableText });
const validatePlanSchema = ajv.compile(PLAN_SCHEMA);
const validateApplyBodySchema = ajv.compile(APPLY_PLAN_BODY_SCHEMA);

/** Dotted paths as the request validation writes them: `plan.epics.0.stories.1.name`. */
function toFieldError(error: ErrorObject, root: string): FieldError {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = [root, ...segments].filter(Boolean).join('.');
  const at = (child: string) => [path, child].filter(Boolean).join('.');
  switch (error.keyword) {
    case 'required':
      return { field: at(String(error.params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { field: at(String(error.params.additionalProperty)), message: 'is not an allowed property' };
    case 'format':
      return { field: path, message: 'must not contain U+0000 or an unpaired surrogate' };
    default:
      return { field: path, message: error.message ?? `fails ${error.keyword}` };
  }
}

/** Surrounding whitespace is trimmed before validation, as the create routes trim names. */
function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, trimStrings(v)]));
  }
  return value;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function check<T>(validate: { (data: unknown): data is T; errors?: ErrorObject[] | null }, input: unknown, root: string): Checked<T> {
  const value = trimStrings(input);
  if (validate(value)) return { ok: true, value };
  return { ok: false, errors: (validate.errors ?? []).map((e) => toFieldError(e, root)) };
}

/** Validates a plan the model produced; field paths start at `plan`, as in the apply body. */
export function checkPlan(input: unknown): Checked<Plan> {
  return check<Plan>(validatePlanSchema, input, 'plan');
}

/** Validates the body of the apply route; field paths start at `plan`. */
export function checkApplyPlanBody(input: unknown): Checked<ApplyPlanBody> {
  return check<ApplyPlanBody>(validateApplyBodySchema, input, '');
}

type SchemaNode = Record<string, unknown>;

/** Keywords every structured-output implementation we target accepts under `strict: true`. */
const PROVIDER_KEYWORDS = new Set([
  'type',
  'description',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
]);

/**
 * The plan schema in the subset structured outputs accept (OpenAI's strict mode rejects length limits,
 * and decimal steps or custom formats mean nothing to a sampler). What is dropped is spelled out in the
 * description instead, and still enforced by `checkPlan`, whose findings go back to the model once.
 */
function toProviderSchema(node: SchemaNode): SchemaNode {
  const out: SchemaNode = {};
  const notes: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, SchemaNode>).map(([k, v]) => [k, toProviderSchema(v)]),
      );
    } else if (key === 'items') {
      out.items = toProviderSchema(value as SchemaNode);
    } else if (PROVIDER_KEYWORDS.has(key)) {
      out[key] = value;
    }
  }
  if (node.nullable === true) out.type = [node.type, 'null'];
  if (node.minLength === 1) notes.push('not empty');
  else if (typeof node.minLength === 'number' && node.minLength > 1) notes.push(`at least ${node.minLength} characters`);
  if (typeof node.maxLength === 'number') notes.push(`at most ${node.maxLength} characters`);
  if (typeof node.multipleOf === 'number') notes.push(`a multiple of ${node.multipleOf}`);
  if (notes.length > 0) out.description = [node.description, `(${notes.join(', ')})`].filter(Boolean).join(' ');
  return out;
}

export const PROVIDER_PLAN_SCHEMA: SchemaNode = toProviderSchema(PLAN_SCHEMA);

/** The OpenAPI 3.0 view: the same schema minus the custom format (OpenAPI has `nullable` natively). */
function toOpenApiSchema(node: SchemaNode): SchemaNode {
  const out: SchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' && value === TEXT_FORMAT) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, SchemaNode>).map(([k, v]) => [k, toOpenApiSchema(v)]),
      );
    } else if (key === 'items') {
      out.items = toOpenApiSchema(value as SchemaNode);
    } else {
      out[key] = value;
    }
  }
  return out;
}

export const OPENAPI_PLAN_SCHEMA = toOpenApiSchema(PLAN_SCHEMA);
export const OPENAPI_APPLY_PLAN_BODY_SCHEMA = toOpenApiSchema(APPLY_PLAN_BODY_SCHEMA);
