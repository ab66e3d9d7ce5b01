import { connectSocket, unwrap, type AtlasSocket } from '@atlas/client';
import { useEffect, useState } from 'react';
import { client, onSessionEnded } from './api';
import { useResource } from './hooks';
import { Board } from './screens/Board';
import { Inbox } from './screens/Inbox';
import { Issues } from './screens/Issues';
import { OnlineMembers } from './screens/OnlineMembers';
import { OrganizationSwitcher } from './screens/OrganizationSwitcher';
import { Projects } from './screens/Projects';
import { SignIn } from './screens/SignIn';
import { Sprints } from './screens/Sprints';
import { TaskDetail } from './screens/TaskDetail';
import { ErrorMessage, Loading } from './ui';

type Tab = 'board' | 'issues' | 'sprints';

function Console({ onSignOut }: { onSignOut: () => void }) {
  const me = useResource(() => unwrap(client.api.GET('/api/v1/users/me')), []);
  const [organizationId, setOrganizationId] = useState(client.organizationId);
  const [socket, setSocket] = useState<AtlasSocket | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('board');
  const projects = useResource(() => unwrap(client.api.GET('/api/v1/projects', { params: { query: { limit: 100 } } })), [organizationId]);

  useEffect(() => {
    const opened = connectSocket(client);
    setSocket(opened);
    return () => {
      opened.close();
    };
  }, []);

  // Without a chosen organization, act in the default one, so the board shows one organization at a time.
  useEffect(() => {
    if (organizationId) return;
    void unwrap(client.api.GET('/api/v1/organizations', { params: { query: { limit: 100 } } })).then((page) => {
      const fallback = page.items.find((organization) => organization.is_default) ?? page.items[0];
      if (fallback) switchOrganization(fallback.id);
    }, () => undefined);
  }, [organizationId]);

  useEffect(() => {
    const items = projects.data?.items;
    if (items && !items.some((project) => project.id === projectId)) setProjectId(items[0]?.id ?? null);
  }, [projects.data, projectId]);

  const switchOrganization = (id: string) => {
    client.setOrganization(id);
    setOrganizationId(id);
    setProjectId(null);
    setTaskId(null);
  };

  if (me.error) return <ErrorMessage error={me.error} />;
  if (!me.data) return <Loading when />;
  const userId = me.data.id;

  return (
    <div className="console">
      <header>
        <strong className="brand">Atlas</strong>
        <OrganizationSwitcher key={organizationId ?? 'default'} organizationId={organizationId} onChange={switchOrganization} />
        <span className="spacer" />
        <Inbox socket={socket} />
        <span data-testid="username">{me.data.username}</span>
        <button className="secondary" onClick={onSignOut}>Sign out</button>
      </header>
      <div className="layout">
        <aside className="sidebar">
          <Projects projects={projects} selected={projectId} onSelect={setProjectId} />
          <OnlineMembers socket={socket} organizationKey={organizationId ?? 'default'} />
        </aside>
        <main>
          {projectId ? (
            <>
              <div className="tabs" role="tablist">
                {(['board', 'issues', 'sprints'] as const).map((t) => (
                  <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
                    {t[0].toUpperCase() + t.slice(1)}
                  </button>
                ))}
              </div>
              {tab === 'board' && <Board projectId={projectId} userId={userId} socket={socket} onOpenTask={setTaskId} />}
              {tab === 'issues' && <Issues projectId={projectId} userId={userId} socket={socket} />}
              {tab === 'sprints' && <Sprints projectId={projectId} />}
            </>
          ) : (
            <p className="empty">Create or pick a project.</p>
          )}
        </main>
        {taskId && <TaskDetail taskId={taskId} onClose={() => setTaskId(null)} />}
      </div>
    </div>
  );
}

export function App() {
  const [signedIn, setSignedIn] = useState(client.session.current !== null);
  useEffect(() => onSessionEnded(() => setSignedIn(false)), []);
  const signOut = async () => {
    await client.signOut();
    client.setOrganization(null);
    setSignedIn(false);
  };
  return signedIn ? <Console onSignOut={signOut} /> : <SignIn onSignedIn={() => setSignedIn(true)} />;
}
