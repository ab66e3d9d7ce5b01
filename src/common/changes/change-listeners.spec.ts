import { FieldChangeListeners } from './change-listeners';

interface Change {
  id: number;
  changedFields: ('title' | 'status' | 'risk')[];
}

describe('FieldChangeListeners', () => {
  it('calls a listener with only the changes that touch its fields, and not at all when none does', async () => {
    const listeners = new FieldChangeListeners<Change, Change['changedFields'][number]>();
    const calls: number[][] = [];
    listeners.registerFor(['status'], async (changes) => {
      calls.push(changes.map((c) => c.id));
    });
    await listeners.notify([
      { id: 1, changedFields: ['title'] },
      { id: 2, changedFields: ['title', 'status'] },
    ]);
    await listeners.notify([{ id: 3, changedFields: ['risk'] }]);
    expect(calls).toEqual([[2]]);
  });

  it('answers whether any listener follows some fields; one registered without fields follows all', () => {
    const listeners = new FieldChangeListeners<Change, Change['changedFields'][number]>();
    expect(listeners.wants(['risk'])).toBe(false);
    listeners.registerFor(['title', 'status'], async () => undefined);
    expect(listeners.wants(['risk'])).toBe(false);
    expect(listeners.wants(['risk', 'status'])).toBe(true);
    listeners.register(async () => undefined);
    expect(listeners.wants(['risk'])).toBe(true);
  });
});
