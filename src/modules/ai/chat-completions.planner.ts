import { Logger } from '@nestjs/common';
import type { FieldError } from '../../common/errors';
import { AiInvalidOutputError } from './ai.errors';
import { ChatAnswer, ChatCompletionsClient, ChatMessage, ResponseFormat } from './chat-completions.client';
import { Checked, checkPlan, Plan, PLAN_LIMITS, PROVIDER_PLAN_SCHEMA } from './plan.schema';
import type { PlanDraft, Planner } from './planner.port';

export const RESPONSE_FORMAT: ResponseFormat = {
  type: 'json_schema',
  json_schema: { name: 'project_plan', schema: PROVIDER_PLAN_SCHEMA, strict: true },
};

export const SYSTEM_PROMPT = [
  'You are an experienced scrum master. Turn the project description you are given into a delivery plan:',
  'a project name and a short description; epics in the order they should be built',
  `(1 to ${PLAN_LIMITS.epics}); for each epic its user stories (1 to ${PLAN_LIMITS.storiesPerEpic});`,
  `for each story the concrete tasks a developer would pick up (1 to ${PLAN_LIMITS.tasksPerStory}),`,
  'each with an estimate in hours and in story points.',
  'Write in the language of the description. Answer with one JSON object that matches this JSON Schema,',
  'and nothing else:',
  JSON.stringify(PROVIDER_PLAN_SCHEMA),
].join(' ');

/** Problems listed back to the model and in the 502; a plan can have thousands. */
const MAX_REPORTED_ERRORS = 20;

/** Some local models fence their JSON in Markdown despite being asked not to. */
function unfence(content: string): string {
  const match = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(content.trim());
  return match ? match[1] : content;
}

/** What the model answered, as a plan or as the problems to tell it about. */
export function readPlan(answer: ChatAnswer): Checked<Plan> {
  if (answer.finishReason === 'length') {
    return { ok: false, errors: [{ field: 'plan', message: 'the answer was cut off before it ended; make the plan shorter' }] };
  }
  const content = answer.content?.trim();
  if (!content) return { ok: false, errors: [{ field: 'plan', message: 'the answer is empty' }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(unfence(content));
  } catch (error) {
    return { ok: false, errors: [{ field: 'plan', message: `the answer is not valid JSON (${(error as Error).message})` }] };
  }
  return checkPlan(parsed);
}

export function correction(errors: FieldError[]): string {
  const listed = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => `- ${e.field}: ${e.message}`);
  if (errors.length > MAX_REPORTED_ERRORS) listed.push(`- and ${errors.length - MAX_REPORTED_ERRORS} more problems like these`);
  return [
    'Your previous answer is not a valid plan:',
    ...listed,
    'Answer again with the whole corrected plan: one JSON object that matches the schema, and nothing else.',
  ].join('\n');
}

/** The planner over any OpenAI-compatible chat-completions provider, with one corrective retry. */
export class ChatCompletionsPlanner implements Planner {
  private readonly logger = new Logger('AiPlanner');

  constructor(private readonly client: ChatCompletionsClient) {}

  async draft(description: string): Promise<PlanDraft> {
    const messages: ChatMessage[] = [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: description },
    ];
    const first = await this.client.complete(messages, RESPONSE_FORMAT);
    const firstPlan = readPlan(first);
    if (firstPlan.ok) return { plan: firstPlan.value, model: first.model };

    this.logger.warn(`the model's plan was invalid (${firstPlan.errors.length} problems); asking once more`);
    messages.push(
      { role: 'assistant', content: first.content ?? '' },
      { role: 'user', content: correction(firstPlan.errors) },
    );
    const second = await this.client.complete(messages, RESPONSE_FORMAT);
    const secondPlan = readPlan(second);
    if (secondPlan.ok) return { plan: secondPlan.value, model: second.model };
    this.logger.warn(`the model's corrected plan was invalid too (${secondPlan.errors.length} problems)`);
    throw new AiInvalidOutputError(secondPlan.errors.slice(0, MAX_REPORTED_ERRORS));
  }
}
