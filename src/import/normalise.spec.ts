import { EnumTable, asUuid, enumKey, fitText, isBcryptHash } from './normalise';

describe('normalising the original free text', () => {
  const statuses = new EnumTable(['To Do', 'In Progress', 'Done'], 'To Do');
  const issueStatuses = new EnumTable(['open', 'in_progress', 'resolved', 'closed'], 'open');
  const roles = new EnumTable(['owner', 'manager', 'product_owner', 'developer', 'designer', 'qa']);

  it.each([
    ['in progress', 'In Progress'],
    ['IN_PROGRESS', 'In Progress'],
    ['In  Progress', 'In Progress'],
    ['in-progress', 'In Progress'],
    [' todo ', 'To Do'],
    ['TO DO', 'To Do'],
    ['DONE', 'Done'],
  ])('task status %j is %j', (value, expected) => {
    expect(statuses.normalise(value)).toBe(expected);
  });

  it.each([
    ['In Progress', 'in_progress'],
    ['RESOLVED', 'resolved'],
    ['Closed', 'closed'],
  ])('issue status %j is %j', (value, expected) => {
    expect(issueStatuses.normalise(value)).toBe(expected);
  });

  it.each([
    ['Product Owner', 'product_owner'],
    ['QA', 'qa'],
    ['Owner', 'owner'],
  ])('role %j is %j', (value, expected) => {
    expect(roles.normalise(value)).toBe(expected);
  });

  it('does not guess: other values are refused and NULL takes the default', () => {
    for (const value of ['Blocked', 'In Review', 'completed', '', 'in progres']) expect(statuses.normalise(value)).toBeNull();
    expect(statuses.normalise(null)).toBe('To Do');
    expect(roles.normalise(null)).toBeNull();
    expect(roles.normalise('scrum master')).toBeNull();
    expect(enumKey('In _- Progress')).toBe('inprogress');
  });

  it('keeps UUIDs (lowercased) and nothing else', () => {
    expect(asUuid('0A000000-0000-4000-8000-00000000000F')).toBe('0a000000-0000-4000-8000-00000000000f');
    expect(asUuid('org-1')).toBeNull();
  });

  it('cuts texts by characters, not bytes', () => {
    expect(fitText('ab😀cd', 3)).toEqual({ text: 'ab😀', cut: true });
    expect(fitText('ab😀', 3)).toEqual({ text: 'ab😀', cut: false });
  });

  it('recognises bcrypt hashes', () => {
    expect(isBcryptHash('$2b$12$' + 'a'.repeat(53))).toBe(true);
    expect(isBcryptHash('$argon2id$v=19$m=19456,t=2,p=1$abc')).toBe(false);
    expect(isBcryptHash('plain')).toBe(false);
  });
});
