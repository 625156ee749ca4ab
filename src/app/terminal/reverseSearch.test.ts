import { describe, expect, it } from 'vitest';
import { matchOf, searchOlder, searchPrompt, startSearch, typeQuery } from './reverseSearch';

const history = ['ssh web-01', 'sudo systemctl stop nginx', 'cat /etc/hosts', 'sudo systemctl start nginx'];

describe('reverse-i-search', () => {
  it('finds the newest entry containing the query, then older ones', () => {
    let search = typeQuery(startSearch(history), history, 'systemctl');
    expect(matchOf(search, history)).toBe('sudo systemctl start nginx');
    search = searchOlder(search, history);
    expect(matchOf(search, history)).toBe('sudo systemctl stop nginx');
    expect(searchPrompt(search, history)).toBe("(reverse-i-search)`systemctl': sudo systemctl stop nginx");
  });
  it('says failed when nothing older matches', () => {
    const search = searchOlder(typeQuery(startSearch(history), history, 'ssh'), history);
    expect(search.failed).toBe(true);
    expect(matchOf(search, history)).toBe('ssh web-01');
    expect(typeQuery(startSearch(history), history, 'zzz').failed).toBe(true);
  });
});
