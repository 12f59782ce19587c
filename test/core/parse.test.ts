import { expect } from '@open-wc/testing';
import { countryNames, fold, matchKey, resolveNames, splitList } from '../../src/core/names.js';
import { safeUrl } from '../../src/core/links.js';
import { formatPartialDate } from '../../src/core/format.js';
import { formatDateRange } from '../../src/elements/customs-timeline/date-range.js';
import { sharedStrings } from '../../src/core/strings.js';
import { strings } from '../../src/elements/customs-forum-card/customs-forum-card.strings.js';
import { compliance } from '../../src/data/index.js';

describe('parsing attribute values', () => {
  it('splits comma lists, dropping blanks', () => {
    expect(splitList(' SG, ,my;  TH ')).to.deep.equal(['SG', 'my', 'TH']);
    expect(splitList(null)).to.deep.equal([]);
  });

  it('compares ids, codes and names without case, accents or punctuation', () => {
    expect(matchKey('SWG_ACTS')).to.equal(matchKey('swg-acts'));
    expect(matchKey('Việt Nam')).to.equal(matchKey('viet nam'));
  });

  it('resolves country codes and names: alpha-2, alpha-3, English names, aliases', () => {
    const names = countryNames(compliance.countries);
    const { ids, unknown } = resolveNames(['sg', 'SGP', 'Singapore', 'vietnam', 'LAO', 'Burma', '__proto__', 'XX'], names);
    expect(ids).to.deep.equal(['SG', 'VN', 'LA', 'MM']);
    expect(unknown).to.deep.equal(['__proto__', 'XX']);
  });

  it('folds text for matching: case and accents go, nothing else', () => {
    expect(fold('Présidence COMMITTEE')).to.equal('presidence committee');
    expect(fold('Viet Nam')).to.equal('viet nam');
  });
});

describe('link sanitizing', () => {
  it('keeps http, https, mailto and tel links only', () => {
    expect(safeUrl('https://asw.asean.org')).to.equal('https://asw.asean.org');
    expect(safeUrl('mailto:communication@wcoomd.org')).to.equal('mailto:communication@wcoomd.org');
    expect(safeUrl('tel:+3222099211')).to.equal('tel:+3222099211');
    expect(safeUrl('javascript:alert(1)')).to.be.undefined;
    expect(safeUrl(' JaVaScRiPt:alert(1)')).to.be.undefined;
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.be.undefined;
    expect(safeUrl('/relative/path')).to.be.undefined;
  });
});

describe('dates and strings', () => {
  it('formats dates only to the precision given', () => {
    expect(formatPartialDate('1995', 'en')).to.equal('1995');
    expect(formatPartialDate('2009-11', 'en')).to.equal('November 2009');
    expect(formatPartialDate('2009-11', 'en-US')).to.equal('November 2009');
  });

  it('writes the day first in English, month first only for US English', () => {
    for (const lang of ['en', 'en-SG', 'en-GB', 'EN-au', 'en-PH', 'de']) {
      expect(formatPartialDate('1967-08-08', lang), lang).to.equal('8 August 1967');
      expect(formatDateRange('2019-06-11', '2019-06-13', lang), lang).to.equal('11–13 June 2019');
      expect(formatDateRange('2019-06-30', '2019-07-02', lang), lang).to.equal('30 June – 2 July 2019');
    }
    for (const lang of ['en-US', 'en-us', 'en-Latn-US']) {
      expect(formatPartialDate('1967-08-08', lang), lang).to.equal('August 8, 1967');
      expect(formatDateRange('2019-06-11', '2019-06-13', lang), lang).to.equal('June 11–13, 2019');
      expect(formatDateRange('2019-06-30', '2019-07-02', lang), lang).to.equal('June 30 – July 2, 2019');
    }
    expect(formatDateRange('2019-12-30', '2020-01-02', 'en')).to.equal('30 December 2019 – 2 January 2020');
    expect(formatDateRange('2010', '2025', 'en')).to.equal('2010 – 2025');
    // A one-day span is that day.
    expect(formatDateRange('2019-06-11', '2019-06-11', 'en')).to.equal('11 June 2019');
  });

  it('writes French dates in French, the first of the month as "1er"', async () => {
    await sharedStrings.load('fr');
    expect(formatPartialDate('1967-08-08', 'fr')).to.equal('8 août 1967');
    expect(formatPartialDate('2025-06-01', 'fr-CA')).to.equal('1er juin 2025');
    expect(formatDateRange('1995-01-20', '1995-01-21', 'fr')).to.equal('20–21 janvier 1995');
  });

  it('falls back to English for languages without strings, and loads French on demand', async () => {
    expect(strings.strings('de').established).to.equal('Established');
    await strings.load('FR-ca');
    expect(strings.strings('FR-ca').established).to.equal('Création');
  });
});

describe('strings for any lang value', () => {
  it('gives English for names of Object.prototype members', () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(strings.load(lang), lang).to.be.undefined;
      expect(strings.strings(lang).established, lang).to.equal('Established');
    }
  });
});
