import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorCodeOf } from '../../errors/errorCode.js';
import { Field } from '../../components/Field.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { acceptanceRouteOf } from '../invitation/acceptanceRoute.js';

const SignInPageMutation = graphql(`
  mutation SignInPageMutation($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      viewer {
        id
        displayName
      }
    }
  }
`);

// Signing in from an invitation: which partner's it is (the link alone may read it).
const SignInInvitationQuery = graphql(`
  query SignInInvitationQuery($token: String!) {
    invitation(token: $token) {
      partner {
        name
      }
    }
  }
`);

export const DEMO_PASSWORD = 'Partnerlink!2026';

const DEMO_USERS: readonly { email: string; kind: 'partner' | 'customer' }[] = [
  { email: 'sam.sales@contoso-partner.example', kind: 'partner' },
  { email: 'anna.admin@contoso-partner.example', kind: 'partner' },
  { email: 'gina.global@contoso-partner.example', kind: 'partner' },
  { email: 'hugo.helpdesk@contoso-partner.example', kind: 'partner' },
  { email: 'sales@litware-federal.example', kind: 'partner' },
  { email: 'admin@northwind.example', kind: 'customer' },
  { email: 'admin@fabrikam.example', kind: 'customer' },
  { email: 'billing@fabrikam.example', kind: 'customer' },
  { email: 'admin@adatum.example', kind: 'customer' },
  { email: 'admin@wingtip-gov.example', kind: 'customer' },
];

/** Only same-site paths, so a crafted ?next= cannot send the user elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t, errorText } = useI18n();
  useDocumentTitle(t('signIn.submit'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [signIn, { loading, error }] = useMutation(SignInPageMutation);
  const next = safeNext(params.get('next'));
  // From an invitation: the customer's sign-in (no partner demo users or tagline), naming the partner.
  const link = acceptanceRouteOf(next);
  const { data: invited } = useQuery(SignInInvitationQuery, { variables: { token: link?.token ?? '' }, skip: !link });
  const partner = invited?.invitation?.partner.name;
  const emailError = submitted && !email.trim() ? t('signIn.emailMissing') : undefined;
  const passwordError = submitted && !password ? t('signIn.passwordMissing') : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!email.trim() || !password) return;
    try {
      await signIn({ variables: { email: email.trim(), password } });
    } catch {
      return; // shown below
    }
    await client.clearStore();
    navigate(next, { replace: true });
  };

  const code = errorCodeOf(error);
  const problem = code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? t('signIn.failed') : code ? errorText(code) : null;

  return (
    <div className="auth-page">
      <div className="auth-page__lang"><LanguageSwitch /></div>
      <main className="auth-card" id="main">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">P</span>
          {t('app.name')}
        </div>
        <h1>{t(link ? 'signIn.invitation.title' : 'signIn.title')}</h1>
        <p className={link ? undefined : 'muted'} data-testid="sign-in-lead">
          {link ? t(partner ? 'signIn.invitation.lead' : 'signIn.invitation.leadUnknown', { partner: partner ?? '' }) : t('signIn.lead')}
        </p>
        <form onSubmit={onSubmit} noValidate className="form">
          <Field label={t('signIn.email')} error={emailError}>
            <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label={t('signIn.password')} error={passwordError}>
            <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          {problem ? <div className="notice notice--danger" role="alert">{problem}</div> : null}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
        {link ? <p><a href={next}>{t('signIn.invitation.back')}</a></p> : null}
        <details className="demo-users">
          <summary>{t('signIn.demo.title')}</summary>
          <p className="muted">{t('signIn.demo.hint', { password: DEMO_PASSWORD })}</p>
          <ul>
            {DEMO_USERS.filter((user) => !link || user.kind === 'customer').map((user) => (
              <li key={user.email}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setEmail(user.email);
                    setPassword(DEMO_PASSWORD);
                  }}
                >
                  {user.email}
                </button>
                <span className="badge badge--neutral">{t(user.kind === 'partner' ? 'signIn.demo.partner' : 'signIn.demo.customer')}</span>
              </li>
            ))}
          </ul>
        </details>
      </main>
    </div>
  );
}
