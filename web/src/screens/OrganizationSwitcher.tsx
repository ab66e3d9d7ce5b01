import type { components } from '@atlas/client';
import type { Resource } from '../hooks';
import { ErrorMessage } from '../ui';

type OrganizationPage = { items: components['schemas']['OrganizationListItemDto'][] };

/** Picks the organization every request acts in (the `X-Organization-Id` option of the client). */
export function OrganizationSwitcher({
  organizations,
  organizationId,
  onChange,
}: {
  organizations: Resource<OrganizationPage>;
  organizationId: string | null;
  onChange: (id: string) => void;
}) {
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
