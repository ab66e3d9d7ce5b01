import { ClientEventRegistry } from '../src/modules/realtime';
import { CLIENT_EVENT_NAMES } from '../src/modules/realtime/socket-events';
import { createTestApp, TestApp } from './support/test-app';

describe('socket event map', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('names exactly the client events the gateway handles', () => {
    expect(t.app.get(ClientEventRegistry).names().sort()).toEqual([...CLIENT_EVENT_NAMES].sort());
  });
});
