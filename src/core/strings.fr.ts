import type { SharedStrings } from './strings.js';

const fr: SharedStrings = {
  source: 'Source',
  sources: 'Sources',
  // « à jour au 5 juin 2025 », but « à jour en juin 2025 », « en 2020 ».
  asOf: (date) => `à jour ${/^\d+(er)? /.test(date) ? 'au' : 'en'} ${date}`,
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  day: (day) => (day === 1 ? '1er' : String(day)),
  and: 'et',
  countries: {
    BN: 'Brunéi Darussalam',
    KH: 'Cambodge',
    ID: 'Indonésie',
    LA: 'République démocratique populaire lao',
    MY: 'Malaisie',
    MM: 'Birmanie',
    PH: 'Philippines',
    SG: 'Singapour',
    TH: 'Thaïlande',
    VN: 'Viêt Nam',
  },
};

export default fr;
