import type { DocumentListStrings } from './customs-document-list.strings.js';

const fr: DocumentListStrings = {
  documents: 'Documents',
  categories: { 'key-documents': 'Documents clés', press: 'Communiqués et déclarations', publications: 'Publications' },
  noDocuments: 'Aucun document à afficher.',
  documentCount: (n) => `${n} ${n === 1 ? 'document' : 'documents'}`,

};

export default fr;
