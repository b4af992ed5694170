import { useMutation } from '@apollo/client/react';
import { adminRoleRemovalProblem, type AdminRole } from '@partnerlink/shared';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { errorCodeOf } from '../../errors/errorCode.js';
import { errorProblemOf } from '../../errors/errorDetails.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { PartnerRelationshipNode, RoleCatalogue } from './partnerRows.js';

export const RemoveAdminRolesMutation = graphql(`
  mutation YourPartnersPageRemoveRolesMutation($id: ID!, $roles: [AdminRole!]!) {
    removeAdminRoles(relationshipId: $id, roles: $roles) {
      id
      status
      roles
    }
  }
`);

/**
 * "Remove roles": the roles the partner holds, each with what it lets the partner do; the customer
 * ticks those the partner should lose and reads what it loses. At least one, and not all of them
 * (shared's rule, as the api's): taking every role away is "Remove admin permissions".
 */
export function RemoveRolesDialog({ relationship, roleInfo, onDone, onCancel }: {
  relationship: PartnerRelationshipNode;
  roleInfo: RoleCatalogue;
  onDone(removed: string): void;
  onCancel(): void;
}) {
  const { t, date, errorText, problemText } = useI18n();
  const [chosen, setChosen] = useState<readonly AdminRole[]>([]);
  const [remove, { loading, error }] = useMutation(RemoveAdminRolesMutation);
  const noteId = useId();
  const partner = relationship.partner.name;
  const held = relationship.roles ?? [];
  const problem = adminRoleRemovalProblem(held, chosen)?.reason;
  const names = chosen.map((role) => roleInfo(role).displayName).join(', ');
  const onConfirm = async () => {
    if (problem) return;
    const result = await remove({ variables: { id: relationship.id, roles: [...chosen] } }).catch(() => null);
    if (result?.data) onDone(names);
  };
  const refused = error ? errorProblemOf(error) : undefined;
  const failure = refused ? problemText(refused) : error ? errorText(errorCodeOf(error) ?? 'INTERNAL_SERVER_ERROR') : null;
  return (
    <ConfirmDialog
      danger
      title={t('partners.removeRoles.title', { partner })}
      confirmLabel={t('partners.removeRoles.submit')}
      busyLabel={t('partners.busy')}
      busy={loading}
      confirmDisabled={problem !== undefined}
      problem={failure}
      onConfirm={() => void onConfirm()}
      onCancel={onCancel}
    >
      <fieldset className="role-fieldset">
        <legend className="role-choice__name">{t('partners.removeRoles.legend', { partner })}</legend>
        <p className="muted">{t('partners.removeRoles.lead', { partner, date: date(relationship.endsAt) })}</p>
        <ul className="role-choices">
          {held.map((role) => (
            <li key={role} className="role-choice">
              <input
                id={`remove-${role}`}
                type="checkbox"
                checked={chosen.includes(role)}
                aria-describedby={`remove-${role}-text`}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, role] : chosen.filter((r) => r !== role))}
              />
              <span className="role-choice__body">
                <label htmlFor={`remove-${role}`} className="role-choice__name">{roleInfo(role).displayName}</label>
                <span id={`remove-${role}-text`} className="role-choice__text">{roleInfo(role).description}</span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <p id={noteId} aria-live="polite" className={problem === 'ADMIN_ROLES_ALL_REMOVED' ? 'notice notice--warning' : undefined}>
        {problem === 'ADMIN_ROLES_ALL_REMOVED'
          ? t('partners.removeRoles.all')
          : problem
            ? t('partners.removeRoles.none')
            : t('partners.removeRoles.loses', { partner, roles: names })}
      </p>
    </ConfirmDialog>
  );
}
