import { Catalog } from '../../core/localize.js';

/** What <customs-document-list> says itself, in English; other languages load on demand. */
const en = {
  documents: 'Documents',
  categories: { 'key-documents': 'Key documents', press: 'Press releases and statements', publications: 'Publications' },
  noDocuments: 'No documents to show.',
  documentCount: (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}`,

};

export type DocumentListStrings = typeof en;

export const strings = new Catalog('customs-document-list', en, { fr: () => import('./customs-document-list.fr.js') });
