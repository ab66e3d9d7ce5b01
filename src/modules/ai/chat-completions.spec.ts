import { retryAfterSeconds } from './chat-completions.client';
import { correction, readPlan } from './chat-completions.planner';

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it.each([
    [{ 'retry-after': '17' }, 17],
    [{ 'retry-after': '0.2' }, 1],
    [{ 'retry-after': 'Thu, 01 Jan 2026 12:01:30 GMT' }, 90],
    [{ 'retry-after-ms': '2500' }, 3],
    [{ 'retry-after': '86400' }, 3600],
    [{}, 30],
    [{ 'retry-after': 'soon' }, 30],
  ])('reads %j as %d seconds', (headers, seconds) => {
    expect(retryAfterSeconds(new Headers(headers as Record<string, string>), now)).toBe(seconds);
  });
});

describe('readPlan', () => {
  const plan = {
    name: 'P',
    description: '',
    epics: [{ name: 'E', description: '', stories: [{ name: 'S', description: '', tasks: [{ title: 'T', description: '', estimate_hours: null, story_points: 1 }] }] }],
  };
  const answer = (content: string | null, finishReason = 'stop') => ({ content, finishReason, model: 'm' });

  it('reads plain and Markdown-fenced JSON', () => {
    expect(readPlan(answer(JSON.stringify(plan)))).toEqual({ ok: true, value: plan });
    expect(readPlan(answer('```json\n' + JSON.stringify(plan) + '\n```'))).toEqual({ ok: true, value: plan });
  });

  it.each([
    ['an empty answer', answer(''), 'the answer is empty'],
    ['no content', answer(null), 'the answer is empty'],
    ['a cut-off answer', answer(JSON.stringify(plan), 'length'), 'the answer was cut off before it ended; make the plan shorter'],
  ])('explains %s', (_, given, message) => {
    expect(readPlan(given)).toEqual({ ok: false, errors: [{ field: 'plan', message }] });
  });
});

describe('correction', () => {
  it('lists at most 20 problems and says how many more there are', () => {
    const errors = Array.from({ length: 25 }, (_, i) => ({ field: `plan.epics.${i}.name`, message: 'is required' }));
    const text = correction(errors);
    expect(text.split('\n').filter((line) => line.startsWith('- plan.'))).toHaveLength(20);
    expect(text).toContain('- and 5 more problems like these');
    expect(text.split('\n').at(-1)).toMatch(/^Answer again with the whole corrected plan/);
  });
});
