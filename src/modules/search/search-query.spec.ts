import { MAX_SEARCH_TERMS, parseSearch, toTsQueryText } from './search-query';

const query = (text: string) => toTsQueryText(parseSearch(text));

describe('search query text', () => {
  it.each([
    ['login timeout', `('login':* & 'timeout':*)`],
    ['  Deplo  ', `('Deplo':*)`],
    ['"exact phrase" here', `(('exact' <-> 'phrase') & 'here':*)`],
    ['bug -flaky', `('bug':* & !'flaky')`],
    ['bug -"known issue"', `('bug':* & !('known' <-> 'issue'))`],
    ['crash or hang freeze', `('crash':*) | ('hang':* & 'freeze':*)`],
    ['e-mail foo.bar', `('e':* & 'mail':* & 'foo':* & 'bar':*)`],
    ['"unterminated phrase', `(('unterminated' <-> 'phrase'))`],
    ['Ünïcödé 東京 42', `('Ünïcödé':* & '東京':* & '42':*)`],
  ])('%j -> %s', (text, expected) => {
    expect(query(text)).toBe(expected);
  });

  it.each([[''], ['   '], ['!!! ??? ***'], ['-only -negations'], ['or OR or'], ['-"only a phrase"']])(
    '%j has nothing to look for (null)',
    (text) => {
      expect(query(text)).toBeNull();
    },
  );

  it('turns SQL in the input into plain words', () => {
    expect(query(`'); DROP TABLE tasks; --`)).toBe(`('DROP':* & 'TABLE':* & 'tasks':*)`);
  });

  it('keeps only letters and digits, each in its own quoted lexeme, so punctuation cannot reach the query syntax', () => {
    expect(query(`a'b\\c:*&|!<->()`)).toBe(`('a':* & 'b':* & 'c':*)`);
  });

  it('drops alternatives that would only exclude, and everything past the term limit', () => {
    expect(query('-noise or signal')).toBe(`('signal':*)`);
    const many = Array.from({ length: MAX_SEARCH_TERMS + 10 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearch(many).flat()).toHaveLength(MAX_SEARCH_TERMS);
  });
});
