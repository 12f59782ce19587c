/** The member states' codes and names, for elements that name a country without showing its portals (taken from `data/compliance.json` by the build: `scripts/data-names.mjs`). */
import countries from '#data-names/countries';
import type { Country } from './schema.js';

export const memberStates = countries as Pick<Country, 'code' | 'alpha3' | 'name' | 'aliases'>[];
