/** The secret-key Contacts API's project: its own contacts, separate from SuperSend's. (Filled in by the sk-contacts work.) */
export interface SkProject {
  readonly id: string;
  disabled: boolean;
}

export function createSkProject(id: string): SkProject {
  return { id, disabled: false };
}
