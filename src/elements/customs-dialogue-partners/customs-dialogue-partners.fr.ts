import type { DialoguePartnersStrings } from './customs-dialogue-partners.strings.js';

const fr: DialoguePartnersStrings = {
  dialoguePartners: 'Partenaires de dialogue des douanes de l’ASEAN',
  privateSector: 'Consultations avec le secteur privé',
};

export default fr;
