/** The three API families of the document, named by their tags (see docs/openapi-conventions.md). */
export type Family = 'v2' | 'v1' | 'sk';

export const FAMILY_BY_TAG: Readonly<Record<string, Family>> = {
  'SuperSend V2': 'v2',
  'SuperSend V1': 'v1',
  'Contacts API': 'sk',
};
