/**
 * The names elements take from data files they do not show (src/data/member-states.ts,
 * forum-names.ts, body-names.ts, picked from data/ by the build): they must say exactly what
 * data/ says.
 */
import { expect } from '@open-wc/testing';
import compliance from '../../data/compliance.json';
import forums from '../../data/forums.json';
import bodies from '../../data/bodies.json';
import { memberStates } from '../../src/data/member-states.js';
import { forumNames } from '../../src/data/forum-names.js';
import { bodyNames } from '../../src/data/body-names.js';

const pick = <T extends object>(records: T[], keys: string[]) =>
  records.map((record) => Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key as keyof T]])));

describe('names taken from data/', () => {
  it('member states: code, alpha-3, name and aliases as in compliance.json', () => {
    expect(memberStates).to.deep.equal(pick(compliance.countries, ['code', 'alpha3', 'name', 'aliases']));
  });
  it('forums: id, name, acronym and other names as in forums.json', () => {
    expect(forumNames).to.deep.equal(pick(forums, ['id', 'name', 'acronym', 'alsoKnownAs']));
  });
  it('bodies: id, name, acronym and chair as in bodies.json', () => {
    expect(bodyNames).to.deep.equal(pick(bodies, ['id', 'name', 'acronym', 'chair']));
  });
});
