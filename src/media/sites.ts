import { loadContacts } from '../knowledge';

export interface OfficialSite {
  /** Lower-case ASCII host (`dichvucong.gov.vn`); its subdomains count as the same site. */
  host: string;
  /** What the editors call it ("Cổng Dịch vụ công quốc gia"), or the host. */
  name: string;
}

/** The editors' allow-list of official web addresses, read when a link needs checking so edits apply at once. */
export interface OfficialSites {
  list(): Promise<OfficialSite[]>;
}

/**
 * The web sites of the editors' `contacts.yaml` (kind `web`, checked — not those still `to_confirm`), read through
 * the knowledge module's typed list each time a link needs checking, so an edit applies at once. A missing or broken
 * file gives no sites: every link is then shown with the advice to check it.
 */
export function contactsFileSites(knowledgeDir: string): OfficialSites {
  return {
    async list() {
      const { contacts } = await loadContacts(knowledgeDir);
      const sites = contacts.entries.filter((e) => e.kind === 'web' && e.status !== 'to_confirm').map((e) => ({ host: e.key, name: e.name }));
      return [...new Map(sites.map((s) => [s.host, s])).values()];
    },
  };
}
