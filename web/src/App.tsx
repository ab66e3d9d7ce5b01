import { connectSocket, unwrap, type AtlasSocket } from '@atlas/client';
import { useEffect, useMemo, useState } from 'react';
import { api, client, onSessionEnded } from './api';
import { ConsoleContext, useProjectRoom, type ConsoleContextValue } from './console-context';
import { useResource, useSocketEvent } from './hooks';
import { Board } from './screens/Board';
import { Inbox } from './screens/Inbox';
import { Issues } from './screens/Issues';
import { OnlineMembers } from './screens/OnlineMembers';
import { OrganizationSwitcher } from './screens/OrganizationSwitcher';
import { Projects } from './screens/Projects';
import { Search } from './screens/Search';
import { SignIn } from './screens/SignIn';
import { Sprints } from './screens/Sprints';
import { TaskDetail } from './screens/task/TaskDetail';
import { ErrorMessage, Loading } from './ui';

const TABS = { board: 'Board', sprints: 'Sprints', issues: 'Issues' } as const;
type Tab = keyof typeof TABS;

const pageOf100 = { params: { query: { limit: 100 } } };

function Console({ onSignOut }: { onSignOut: () => void }) {
  const me = useResource(() => unwrap(api.GET('/api/v1/users/me')), []);
  const [organizationId, setOrganizationId] = useState(client.organizationId);
  const organizations = useResource(() => unwrap(api.GET('/api/v1/organizations', pageOf100)), []);
  const [socket, setSocket] = useState<AtlasSocket | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('board');
  // Read once the organization is known, so the board never shows another organization's projects.
  const inOrganization = <T,>(load: () => Promise<T>) => (organizationId ? load() : Promise.resolve(undefined));
  const projects = useResource(() => inOrganization(() => unwrap(api.GET('/api/v1/projects', pageOf100))), [organizationId]);
  const members = useResource(() => inOrganization(() => unwrap(api.GET('/api/v1/organizations/members', pageOf100))), [organizationId]);

  useEffect(() => {
    const opened = connectSocket(client);
    setSocket(opened);
    return () => {
      opened.close();
    };
  }, []);
  useProjectRoom(socket, projectId);
  // The server revokes a session whose memberships changed: what the user may see is read again.
  useSocketEvent(socket, 'session_revoked', () => {
    organizations.reload();
    projects.reload();
    members.reload();
  });

  const switchOrganization = (id: string) => {
    client.setOrganization(id);
    setOrganizationId(id);
    setProjectId(null);
    setTaskId(null);
  };

  // Without a chosen organization (or with one the user has left), act in the default one, so the
  // board shows one organization at a time.
  useEffect(() => {
    const items = organizations.data?.items;
    if (!items || items.some((organization) => organization.id === organizationId)) return;
    const fallback = items.find((organization) => organization.is_default) ?? items[0];
    if (fallback) switchOrganization(fallback.id);
  }, [organizations.data, organizationId]);

  useEffect(() => {
    const items = projects.data?.items;
    if (items && !items.some((project) => project.id === projectId)) setProjectId(items[0]?.id ?? null);
  }, [projects.data, projectId]);

  const context = useMemo<ConsoleContextValue | null>(
    () => (me.data ? { userId: me.data.id, username: me.data.username, socket, members: members.data?.items ?? [], openTask: setTaskId } : null),
    [me.data, socket, members.data],
  );

  if (me.error && !me.data) {
    return (
      <main className="sign-in">
        <ErrorMessage error={me.error} />
        <div className="row">
          <button onClick={me.reload}>Try again</button>
          <button className="secondary" onClick={onSignOut}>Sign out</button>
        </div>
      </main>
    );
  }
  if (!context) return <Loading when />;

  return (
    <ConsoleContext.Provider value={context}>
      <div className="console">
        <header>
          <strong className="brand">Atlas</strong>
          <OrganizationSwitcher organizations={organizations} organizationId={organizationId} onChange={switchOrganization} />
          <Search
            projectId={projectId}
            onOpenIssues={(id) => {
              setProjectId(id);
              setTab('issues');
            }}
          />
          <span className="spacer" />
          <Inbox onJoined={organizations.reload} />
          <span data-testid="username">{context.username}</span>
          <button className="secondary" onClick={onSignOut}>Sign out</button>
        </header>
        <div className="layout">
          <aside className="sidebar">
            <Projects projects={projects} selected={projectId} onSelect={setProjectId} />
            <OnlineMembers organizationKey={organizationId ?? 'default'} />
          </aside>
          <main>
            <ErrorMessage error={members.error} />
            {projectId ? (
              <>
                <div className="tabs" role="tablist">
                  {(Object.keys(TABS) as Tab[]).map((t) => (
                    <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
                      {TABS[t]}
                    </button>
                  ))}
                </div>
                {tab === 'board' && <Board key={projectId} projectId={projectId} />}
                {tab === 'sprints' && <Sprints key={projectId} projectId={projectId} />}
                {tab === 'issues' && <Issues key={projectId} projectId={projectId} />}
              </>
            ) : (
              projects.data && <p className="empty">Create or pick a project.</p>
            )}
          </main>
          {taskId && <TaskDetail key={taskId} taskId={taskId} onClose={() => setTaskId(null)} />}
        </div>
      </div>
    </ConsoleContext.Provider>
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
