import { unwrap } from '@atlas/client';
import { client } from '../api';
import { useResource } from '../hooks';
import { ErrorMessage } from '../ui';

/** Picks the organization every request acts in (the `X-Organization-Id` option of the client). */
export function OrganizationSwitcher({ organizationId, onChange }: { organizationId: string | null; onChange: (id: string) => void }) {
  const organizations = useResource(() => unwrap(client.api.GET('/api/v1/organizations', { params: { query: { limit: 100 } } })), []);
  const items = organizations.data?.items ?? [];
  const selected = organizationId ?? items.find((organization) => organization.is_default)?.id ?? '';
  return (
    <label className="org-switcher">
      Organization{' '}
      <select aria-label="Organization" value={selected} onChange={(e) => onChange(e.target.value)} disabled={items.length === 0}>
        {items.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name} ({organization.role})
          </option>
        ))}
      </select>
      <ErrorMessage error={organizations.error} />
    </label>
  );
}
