/**
 * src/data/names/*.json are the parts of data/ that elements show without showing the whole file
 * (written by `npm run build`): they must say exactly what data/ says.
 */
import { expect } from '@open-wc/testing';
import compliance from '../../data/compliance.json';
import forums from '../../data/forums.json';
import bodies from '../../data/bodies.json';
import countryNames from '../../src/data/names/countries.json';
import forumNames from '../../src/data/names/forums.json';
import bodyNames from '../../src/data/names/bodies.json';
import countryNameByCode from '../../src/data/names/country-names.json';

const pick = <T extends object>(records: T[], keys: string[]) =>
  records.map((record) => Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key as keyof T]])));

describe('names taken from data/', () => {
  it('countries: code, alpha-3, name and aliases as in compliance.json', () => {
    expect(countryNames).to.deep.equal(pick(compliance.countries, ['code', 'alpha3', 'name', 'aliases']));
  });
  it('country names by code, as in compliance.json', () => {
    expect(countryNameByCode).to.deep.equal(Object.fromEntries(compliance.countries.map((country) => [country.code, country.name])));
  });
  it('forums: id, name, acronym and other names as in forums.json', () => {
    expect(forumNames).to.deep.equal(pick(forums, ['id', 'name', 'acronym', 'alsoKnownAs']));
  });
  it('bodies: id, name, acronym and chair as in bodies.json', () => {
    expect(bodyNames).to.deep.equal(pick(bodies, ['id', 'name', 'acronym', 'chair']));
  });
});
