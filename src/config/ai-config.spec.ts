import 'reflect-metadata';
import { AppConfig } from './app-config';
import { ConfigurationError, validateEnvironment } from './environment';

const JWT_SECRET = 'a-valid-signing-secret-of-at-least-32-bytes';
const configOf = (vars: NodeJS.ProcessEnv) =>
  new AppConfig(validateEnvironment(vars), { databaseUrl: 'postgresql://db/atlas', embeddedDatabase: false, jwtSecret: JWT_SECRET });

function refusal(vars: NodeJS.ProcessEnv): string {
  try {
    validateEnvironment(vars);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('AI planning configuration', () => {
  it('is off by default, with a 60 s timeout and 10 requests a minute', () => {
    expect(configOf({}).ai).toEqual({ provider: undefined, timeoutMs: 60_000, requestsPerMinute: 10 });
  });

  it.each([
    ['OpenAI', 'https://api.openai.com/v1', 'gpt-4o-mini'],
    ['Ollama', 'http://localhost:11434/v1', 'llama3.1:8b'],
    ['vLLM', 'http://127.0.0.1:8000/v1', 'Qwen/Qwen2.5-7B-Instruct'],
  ])('accepts a %s endpoint', (_, url, model) => {
    expect(configOf({ AI_BASE_URL: url, AI_MODEL: model, AI_TIMEOUT_MS: '5000' }).ai).toEqual({
      provider: { baseUrl: url, model, apiKey: undefined },
      timeoutMs: 5000,
      requestsPerMinute: 10,
    });
  });

  it('needs the model with the URL and the URL with the model, naming the missing one', () => {
    expect(refusal({ AI_BASE_URL: 'http://localhost:11434/v1' })).toMatch(/\bAI_MODEL\b/);
    expect(refusal({ AI_MODEL: 'gpt-4o-mini' })).toMatch(/\bAI_BASE_URL\b/);
  });

  it.each([
    ['AI_BASE_URL', { AI_BASE_URL: 'ftp://models.example', AI_MODEL: 'm' }],
    ['AI_BASE_URL', { AI_BASE_URL: 'not a url', AI_MODEL: 'm' }],
    ['AI_TIMEOUT_MS', { AI_TIMEOUT_MS: '0' }],
    ['AI_REQUESTS_PER_MINUTE', { AI_REQUESTS_PER_MINUTE: 'many' }],
  ])('refuses a bad %s', (variable, vars) => {
    expect(refusal(vars)).toMatch(new RegExp(`\\b${variable}\\b`));
  });

  it('never renders the API key', () => {
    const key = 'sk-live-0123456789abcdef';
    const config = configOf({ AI_BASE_URL: 'https://api.openai.com/v1', AI_MODEL: 'gpt-4o-mini', AI_API_KEY: key });
    expect(config.ai.provider?.apiKey).toBe(key);
    expect(JSON.stringify(config)).not.toContain(key);
  });
});
