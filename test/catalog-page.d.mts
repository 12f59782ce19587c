export function catalogMarkup(data: { bodies: readonly { id: string }[]; roles: readonly { country: string }[] }): string;
export function missingTexts(files: Record<string, unknown>, shown: string): string[];
