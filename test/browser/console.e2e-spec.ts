import { describeBrowser, withScreenshots } from '../support/browser';
import { consoleSuite, PASSWORD, unique } from '../support/console-users';
import { expiredCopy } from '../support/jwt-forge';
import { TEST_JWT_SECRET } from '../support/test-app';

describeBrowser('web console in Chromium', () => {
  const suite = consoleSuite({ ALLOW_DEMO_LOGIN: 'true' });

  it('registers, creates a project through the UI, completes a task and shows the next one', async () => {
    const page = await suite.people.browser();
    await withScreenshots('create project and complete task', suite.users, async () => {
      const username = unique('ada');
      await page.goto(`${suite.t.url}/app/`);
      await page.getByRole('tab', { name: 'Create account' }).click();
      const form = page.getByRole('form', { name: 'Create account' });
      await form.getByLabel('Username').fill(username);
      await form.getByLabel('Email').fill(`${username}@example.test`);
      await form.getByLabel('Password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Create account' }).click();
      await page.getByTestId('username').filter({ hasText: username }).waitFor();

      await page.getByLabel('Project name').fill('Apollo');
      await page.getByRole('button', { name: 'Create project' }).click();
      await page.getByTestId('project').filter({ hasText: 'Apollo' }).waitFor();
      await page.getByText('No epics yet').waitFor();

      const add = async (form: string, text: string) => {
        const inline = page.getByRole('form', { name: form });
        await inline.getByRole('textbox').fill(text);
        await inline.getByRole('button', { name: 'Add' }).click();
      };
      await add('New epic', 'Launch');
      await add('New story in Launch', 'Countdown');
      for (const title of ['Fuel the rocket', 'Check the weather']) {
        await add('New task in Countdown', title);
        await page.getByTestId('task').filter({ hasText: title }).waitFor();
      }

      const first = page.getByTestId('task').filter({ hasText: 'Fuel the rocket' });
      await first.getByRole('button', { name: 'Start' }).click();
      await first.getByText('In Progress').waitFor();
      await first.getByRole('button', { name: 'Complete' }).click();

      const notice = page.getByTestId('next-task');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Next for you: Check the weather');
      await first.getByText('Done').waitFor();
      const second = page.getByTestId('task').filter({ hasText: 'Check the weather' });
      await second.getByText('In Progress').waitFor();
      await second.getByText('yours').waitFor();
      // The claim notified the user: it reached the inbox live.
      await page.getByTestId('unread-count').filter({ hasText: '1' }).waitFor();
      expect(await page.getByTestId('error').count()).toBe(0);
    });
  });

  it('shows a second user the notification and the presence of the first one live', async () => {
    const owner = await suite.people.register(unique('owner'));
    const member = await suite.people.register(unique('member'));
    const organizationId = await suite.people.join(owner, member);
    const project = (await suite.people.api(owner, organizationId).post('/api/v1/projects', { name: 'Shared' }).expect(201)).body;

    const ownerPage = await suite.people.browser();
    const memberPage = await suite.people.browser();
    await withScreenshots('notification and presence live', suite.users, async () => {
      await suite.people.signIn(ownerPage, owner);
      await ownerPage.getByLabel('Organization').selectOption(organizationId);
      await ownerPage.getByTestId('project').filter({ hasText: 'Shared' }).waitFor();
      await ownerPage.getByTestId('unread-count').filter({ hasText: '0' }).waitFor();

      // The owner's page sees the member come online without a reload.
      await suite.people.signIn(memberPage, member);
      await ownerPage.getByTestId('online-member').filter({ hasText: member.username }).waitFor();
      await memberPage.getByTestId('online-member').filter({ hasText: owner.username }).waitFor();

      // The member reports an issue in the owner's project; the owner's inbox gets it live.
      await memberPage.getByTestId('project').filter({ hasText: 'Shared' }).click();
      await memberPage.getByRole('tab', { name: 'Issues' }).click();
      await memberPage.getByLabel('Issue title').fill('Pump is leaking');
      await memberPage.getByLabel('Issue description').fill('Pressure drops after ten minutes');
      await memberPage.getByRole('button', { name: 'Report issue' }).click();
      await memberPage.getByTestId('issue').filter({ hasText: 'Pump is leaking' }).waitFor();

      await ownerPage.getByTestId('unread-count').filter({ hasText: '1' }).waitFor();
      await ownerPage.getByRole('button', { name: /Notifications/ }).click();
      await ownerPage.getByTestId('notification').filter({ hasText: 'Pump is leaking' }).waitFor();

      // The owner works the issue through its transitions.
      await ownerPage.getByRole('button', { name: /Notifications/ }).click();
      await ownerPage.getByTestId('project').filter({ hasText: 'Shared' }).click();
      await ownerPage.getByRole('tab', { name: 'Issues' }).click();
      const issue = ownerPage.getByTestId('issue').filter({ hasText: 'Pump is leaking' });
      await issue.getByRole('textbox').fill('Replaced the seal');
      await issue.getByRole('button', { name: 'Resolve' }).click();
      await issue.getByText('resolved', { exact: true }).waitFor();
      await issue.getByRole('button', { name: 'Close' }).click();
      await issue.getByText('closed', { exact: true }).waitFor();
      // The member's list follows over the socket.
      await memberPage.getByTestId('issue').filter({ hasText: 'Pump is leaking' }).getByText('closed', { exact: true }).waitFor();

      // The member leaves: the owner's list drops them when their last socket closes.
      await suite.people.leave(memberPage);
      await ownerPage.getByTestId('online-member').filter({ hasText: member.username }).waitFor({ state: 'detached' });
      expect(project.id).toBeDefined();
    });
  });

  it('signs in to the demo workspace with one click', async () => {
    const page = await suite.people.browser();
    await withScreenshots('demo sign-in', suite.users, async () => {
      await page.goto(`${suite.t.url}/app/`);
      await page.getByRole('button', { name: 'Try the demo' }).click();
      await page.getByTestId('username').filter({ hasText: 'demo' }).waitFor();
      await page.getByTestId('project').filter({ hasText: 'Atlas Launch' }).waitFor();
      await page.getByTestId('epic').filter({ hasText: 'Launch the public beta' }).waitFor();
      expect(await page.getByLabel('Organization').locator('option:checked').textContent()).toContain('Atlas Demo');
      expect(await page.getByTestId('error').count()).toBe(0);
    });
  });

  it("shows the server's problem title and detail when signing in fails", async () => {
    const account = await suite.people.register(unique('typo'));
    const page = await suite.people.browser();
    await withScreenshots('sign-in failure', suite.users, async () => {
      await page.goto(`${suite.t.url}/app/`);
      const form = page.getByRole('form', { name: 'Sign in' });
      await form.getByLabel('Email').fill(account.email);
      await form.getByLabel('Password').fill('not the password');
      await form.getByRole('button', { name: 'Sign in' }).click();
      const problem = (await suite.t.http.post('/api/v1/auth/login').send({ email: account.email, password: 'not the password' }).expect(401)).body;
      const alert = page.getByTestId('error');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain(problem.title);
      expect(text).toContain(problem.detail);
      expect(await page.getByTestId('username').count()).toBe(0);
    });
  });

  it('refreshes an expired access token without the user noticing', async () => {
    const account = await suite.people.register(unique('sleeper'));
    const page = await suite.people.browser();
    await withScreenshots('expired token refreshed', suite.users, async () => {
      await page.goto(`${suite.t.url}/app/`);
      const expired = expiredCopy(account.access_token, TEST_JWT_SECRET);
      await suite.people.api({ ...account, access_token: expired }).get('/api/v1/users/me').expect(401);
      const tokens = JSON.stringify({ access_token: expired, refresh_token: account.refresh_token });
      await page.evaluate(`localStorage.setItem('atlas.tokens', ${JSON.stringify(tokens)})`);
      const refreshes: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/api/v1/auth/refresh')) refreshes.push(response.status());
      });
      await page.reload();

      await page.getByTestId('username').filter({ hasText: account.username }).waitFor();
      await page.getByText('No project in this organization.').waitFor();
      expect(refreshes).toEqual([200]);
      expect(await page.getByTestId('error').count()).toBe(0);
      expect(await page.getByRole('form', { name: 'Sign in' }).count()).toBe(0);
      const stored = JSON.parse(await page.evaluate<string>("localStorage.getItem('atlas.tokens')"));
      expect(stored.access_token).not.toBe(expired);
      expect(stored.refresh_token).not.toBe(account.refresh_token);
      // The rotated pair is the one the server honours now: the old refresh token is spent.
      await suite.t.http.post('/api/v1/auth/refresh').send({ refresh_token: account.refresh_token }).expect(401);
      await suite.people.api({ ...account, access_token: stored.access_token }).get('/api/v1/users/me').expect(200);
    });
  });

  it('changes what the board shows when the organization switcher changes', async () => {
    const owner = await suite.people.register(unique('lead'));
    const member = await suite.people.register(unique('dev'));
    const ownOrganization = (await suite.people.api(member).get('/api/v1/organizations/my-organization').expect(200)).body.id as string;
    const sharedOrganization = await suite.people.join(owner, member);
    await suite.people.api(member, ownOrganization).post('/api/v1/projects', { name: 'Side project' }).expect(201);
    const shared = (await suite.people.api(owner, sharedOrganization).post('/api/v1/projects', { name: 'Team project' }).expect(201)).body;
    await suite.people.api(owner, sharedOrganization).post(`/api/v1/projects/${shared.id}/epics`, { name: 'Team epic' }).expect(201);

    const page = await suite.people.browser();
    await withScreenshots('organization switcher', suite.users, async () => {
      await suite.people.signIn(page, member);
      const projects = page.getByTestId('project');

      await page.getByLabel('Organization').selectOption(ownOrganization);
      await projects.filter({ hasText: 'Side project' }).waitFor();
      await page.getByText('No epics yet').waitFor();
      expect(await projects.allTextContents()).toEqual(['Side project']);

      await page.getByLabel('Organization').selectOption(sharedOrganization);
      await projects.filter({ hasText: 'Team project' }).waitFor();
      await page.getByTestId('epic').filter({ hasText: 'Team epic' }).waitFor();
      expect(await projects.allTextContents()).toEqual(['Team project']);

      // The choice is kept across a reload.
      await page.reload();
      await page.getByTestId('epic').filter({ hasText: 'Team epic' }).waitFor();
      expect(await page.getByLabel('Organization').inputValue()).toBe(sharedOrganization);
    });
  });
});
