import { expect } from '@open-wc/testing';
import { DataFiles, type DataFileName } from '../../src/data/schema.js';
import { validateDataFile } from '../../src/data/validate.js';
import sources from '../../data/sources.json';
import forums from '../../data/forums.json';
import bodies from '../../data/bodies.json';
import compliance from '../../data/compliance.json';
import milestones from '../../data/milestones.json';
import roles from '../../data/roles.json';
import systems from '../../data/systems.json';
import partners from '../../data/partners.json';
import activities from '../../data/activities.json';
import documents from '../../data/documents.json';
import factFiles from '../../data/fact-files.json';

const files: Record<DataFileName, unknown> = {
  sources,
  forums,
  bodies,
  compliance,
  milestones,
  roles,
  systems,
  partners,
  activities,
  documents,
  'fact-files': factFiles,
};

/** Every `sources` array anywhere in a value. */
function sourceRefs(value: unknown): { source: string }[] {
  if (Array.isArray(value)) return value.flatMap(sourceRefs);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sources' && Array.isArray(child) ? [...child, ...sourceRefs(child)] : sourceRefs(child),
  );
}

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('data/', () => {
  it('has a schema for every file and a file for every schema', () => {
    expect(Object.keys(files).sort()).to.deep.equal(Object.keys(DataFiles).sort());
  });

  for (const [name, content] of Object.entries(files)) {
    it(`${name}.json matches the schema`, () => {
      expect(validateDataFile(name as DataFileName, content)).to.deep.equal([]);
    });
  }

  it('gives every record an id that is unique within its file', () => {
    for (const [name, content] of Object.entries(files)) {
      const records = Array.isArray(content) ? content : (content as typeof compliance).countries;
      const ids = records.map((record: { id?: string; code?: string; org?: string }) => record.id ?? record.code ?? record.org);
      expect(new Set(ids).size, `${name}.json ids`).to.equal(ids.length);
    }
  });

  it('cites only sources that exist', () => {
    const known = new Set(sources.map((source) => source.id));
    for (const [name, content] of Object.entries(files)) {
      for (const ref of sourceRefs(content)) expect(known.has(ref.source), `${name}.json cites "${ref.source}"`).to.be.true;
    }
  });

  it('links bodies, roles and systems only to records that exist', () => {
    const bodyIds = new Set(bodies.map((body) => body.id));
    const forumIds = new Set(forums.map((forum) => forum.id));
    const systemIds = new Set(systems.map((system) => system.id));
    const roleIds = new Set(roles.map((role) => role.id));
    const countryCodes = new Set(compliance.countries.map((country) => country.code));
    for (const body of bodies) {
      if (body.reportsTo) expect(bodyIds.has(body.reportsTo), `bodies.json › "${body.id}" › reportsTo`).to.be.true;
      if (body.forum) expect(forumIds.has(body.forum), `bodies.json › "${body.id}" › forum`).to.be.true;
      for (const code of body.chair?.countries ?? []) expect(countryCodes.has(code), `bodies.json › "${body.id}" › chair`).to.be.true;
    }
    for (const role of roles) {
      const target = role.target;
      expect(bodyIds.has(target) || forumIds.has(target) || systemIds.has(target), `roles.json › "${role.id}" › target`).to.be.true;
      expect(countryCodes.has(role.country), `roles.json › "${role.id}" › country`).to.be.true;
      if ('supersededBy' in role && role.supersededBy) expect(roleIds.has(role.supersededBy), `roles.json › "${role.id}" › supersededBy`).to.be.true;
    }
    for (const system of systems) if (system.body) expect(bodyIds.has(system.body), `systems.json › "${system.id}" › body`).to.be.true;
  });

  it('reaches every sectoral body from the AFMM through reportsTo, without cycles', () => {
    const byId = new Map(bodies.map((body) => [body.id, body]));
    for (const body of bodies.filter((candidate) => candidate.kind === 'sectoral')) {
      const seen = new Set<string>();
      let current: (typeof bodies)[number] | undefined = body;
      while (current?.reportsTo) {
        expect(seen.has(current.id), `cycle at ${current.id}`).to.be.false;
        seen.add(current.id);
        current = byId.get(current.reportsTo);
      }
      expect(current?.id, `${body.id} top`).to.equal('afmm');
    }
  });

  it('keeps only clean text: no mojibake, Kramdown or Markdown residue, no stray bullets', () => {
    for (const [name, content] of Object.entries(files)) {
      for (const text of strings(content)) {
        expect(text, `${name}.json`).not.to.match(/â€|Ã|\{:|\]\(|\*\*|<br|[►▶]/);
      }
    }
  });

  it('keeps both statements where the seeds disagree, the newer one leading', () => {
    const chair = roles.find((role) => role.target === 'swg-acts' && role.role === 'chair');
    const participant = roles.find((role) => role.target === 'swg-acts' && role.role === 'participant');
    expect(chair?.supersededBy).to.equal(participant?.id);
    expect(participant?.sources.map((ref) => ref.source)).to.include('sg-participation');
    expect(sources.find((source) => source.id === 'sg-participation')?.edition).to.equal('current');
  });

  it('dates the WCO membership figure to the November 2009 fact sheet', () => {
    const file = factFiles.find((record) => record.org === 'wco')!;
    expect(file.entries.find((entry) => entry.key === 'members')?.value).to.equal('176');
    expect(sources.find((source) => source.id === file.sources[0].source)?.asOf).to.equal('2009-11');
  });
});

describe('validateDataFile', () => {
  it('names the file, the record and the field of a broken record', () => {
    const broken = structuredClone(bodies);
    const swgActs = broken.find((body) => body.id === 'swg-acts')!;
    (swgActs as { established?: string }).established = 'in 2010';
    const messages = validateDataFile('bodies', broken);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.equal('bodies.json › "swg-acts" › established: must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('reports a missing field, a wrong type and residue in text', () => {
    const broken = structuredClone(compliance) as { countries: Record<string, unknown>[] };
    delete broken.countries[7].name;
    (broken.countries[0].portals as Record<string, unknown>[])[0].description = 'Brunei Darussalam Customsâ€™ FAQs';
    const messages = validateDataFile('compliance', broken);
    expect(messages.some((message) => message.startsWith('compliance.json › countries › "SG" › name:'))).to.be.true;
    expect(messages).to.include('compliance.json › countries › "BN" › portals › "bn-customs-faqs" › description: contains mojibake or markup residue');
  });

  it('rejects a file of the wrong shape as a whole', () => {
    expect(validateDataFile('forums', { wco: {} })[0]).to.match(/^forums\.json › \(whole file\): /);
  });
});
