import { unwrap } from '@atlas/client';
import { useState, type FormEvent } from 'react';
import { client } from '../api';
import { useAction } from '../hooks';
import { ErrorMessage } from '../ui';

type Mode = 'login' | 'register';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [mode, setMode] = useState<Mode>('login');
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const finish = (pair: { access_token: string; refresh_token: string } | undefined) => {
    if (!pair) return;
    client.signIn(pair);
    onSignedIn();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    finish(
      await action.run(() =>
        mode === 'login'
          ? unwrap(client.api.POST('/api/v1/auth/login', { body: { email, password } }))
          : unwrap(client.api.POST('/api/v1/auth/register', { body: { username, email, password } })),
      ),
    );
  };
  const demo = async () => finish(await action.run(() => unwrap(client.api.POST('/api/v1/auth/demo-login'))));

  return (
    <main className="sign-in">
      <h1>Atlas</h1>
      <div className="tabs" role="tablist">
        {(['login', 'register'] as const).map((m) => (
          <button key={m} role="tab" aria-selected={mode === m} className={mode === m ? 'active' : ''} onClick={() => setMode(m)}>
            {m === 'login' ? 'Sign in' : 'Create account'}
          </button>
        ))}
      </div>
      <form onSubmit={submit} aria-label={mode === 'login' ? 'Sign in' : 'Create account'}>
        {mode === 'register' && (
          <label>
            Username <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="username" />
          </label>
        )}
        <label>
          Email <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="email" />
        </label>
        <label>
          Password{' '}
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            minLength={mode === 'register' ? 8 : undefined}
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          />
        </label>
        <button type="submit" disabled={action.pending}>
          {action.pending ? 'Please wait…' : mode === 'login' ? 'Sign in' : 'Create account'}
        </button>
      </form>
      <button className="secondary" onClick={demo} disabled={action.pending}>
        Try the demo
      </button>
      <ErrorMessage error={action.error} />
    </main>
  );
}
