/**
 * The API families, named by their tags (see docs/openapi-conventions.md), plus the sandbox's own
 * control plane (src/control/openapi.yaml), which answers in the V2 envelope.
 */
export type Family = 'v2' | 'v1' | 'sk' | 'control';

export const FAMILY_BY_TAG: Readonly<Record<string, Family>> = {
  'SuperSend V2': 'v2',
  'SuperSend V1': 'v1',
  'Contacts API': 'sk',
  'Sandbox Control': 'control',
};
