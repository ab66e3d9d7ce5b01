import { describeBrowser, withScreenshots } from '../support/browser';
import { consoleSuite, unique } from '../support/console-users';

describeBrowser('web console: comments, mentions and activity in Chromium', () => {
  const suite = consoleSuite();

  it("delivers a mention live to the other user's inbox, the comments to their open task, and records the activity", async () => {
    const owner = await suite.people.register(unique('owner'));
    const member = await suite.people.register(unique('member'));
    const organizationId = await suite.people.join(owner, member);
    const api = suite.people.api(owner, organizationId);
    const project = (await api.post('/api/v1/projects', { name: 'Weather station' }).expect(201)).body;
    const epic = (await api.post(`/api/v1/projects/${project.id}/epics`, { name: 'Hardware' }).expect(201)).body;
    const story = (await api.post(`/api/v1/epics/${epic.id}/stories`, { name: 'Sensors' }).expect(201)).body;
    const task = (await api.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Calibrate sensors', story_id: story.id }).expect(201)).body;
    // The invitation the member accepted was their only notification so far.
    await suite.people.api(member).post('/api/v1/notifications/mark-all-read').expect(200);

    const ownerPage = await suite.people.browser();
    const memberPage = await suite.people.browser();
    await withScreenshots('mention live', suite.users, async () => {
      await suite.people.signIn(ownerPage, owner);
      await suite.people.signIn(memberPage, member);
      // The member's socket is up once the owner sees them online.
      await ownerPage.getByTestId('online-member').filter({ hasText: member.username }).waitFor();
      await memberPage.getByTestId('unread-count').filter({ hasText: /^0$/ }).waitFor();

      await ownerPage.getByTestId('task').filter({ hasText: 'Calibrate sensors' }).getByRole('button', { name: 'Calibrate sensors' }).click();
      const ownerTask = ownerPage.getByTestId('task-detail');
      await ownerTask.getByRole('heading', { name: 'Calibrate sensors' }).waitFor();
      await ownerTask.getByText('No comments yet.').waitFor();

      // Typing "@" and the start of a name offers the member; picking completes the name.
      const comment = ownerTask.getByRole('textbox', { name: 'Comment', exact: true });
      await comment.pressSequentially(`Can you check the offsets, @${member.username.slice(0, 4)}`);
      await ownerTask.getByRole('listbox', { name: 'Members to mention' }).getByRole('option', { name: new RegExp(member.username) }).click();
      await comment.pressSequentially('before Friday?');
      expect(await comment.inputValue()).toBe(`Can you check the offsets, @${member.username} before Friday?`);
      await ownerTask.getByRole('button', { name: 'Comment', exact: true }).click();
      const posted = ownerTask.getByTestId('comment').filter({ hasText: 'Can you check the offsets' });
      await posted.getByTestId('mention').filter({ hasText: `@${member.username}` }).waitFor();

      // The member's inbox gets the mention without a reload.
      await memberPage.getByTestId('unread-count').filter({ hasText: /^1$/ }).waitFor();
      await memberPage.getByRole('button', { name: /Notifications/ }).click();
      const mention = memberPage.locator('[data-testid="notification"][data-type="mention"]');
      await mention.filter({ hasText: `${owner.username} mentioned you on "Calibrate sensors"` }).waitFor();
      const stored = (await suite.people.api(member).get('/api/v1/notifications').expect(200)).body.items;
      expect(stored.map((n: { type: string; read: boolean }) => [n.type, n.read])).toEqual([
        ['mention', false],
        ['org_invitation', true],
      ]);

      // Opening it shows the task with the comment, and marks it read.
      await mention.getByRole('button', { name: 'Open task' }).click();
      const memberTask = memberPage.getByTestId('task-detail');
      await memberTask.getByTestId('comment').filter({ hasText: 'Can you check the offsets' }).getByTestId('mention').waitFor();
      await memberPage.getByTestId('unread-count').filter({ hasText: /^0$/ }).waitFor();

      // A second comment reaches the member's open task live.
      await comment.fill('Thanks!');
      await ownerTask.getByRole('button', { name: 'Comment', exact: true }).click();
      await memberTask.getByTestId('comment').filter({ hasText: 'Thanks!' }).waitFor();

      // An edit of the task is recorded in its activity, seen by both.
      await ownerTask.getByRole('spinbutton', { name: 'Points' }).fill('5');
      await ownerTask.getByRole('button', { name: 'Save changes' }).click();
      const recorded = `${owner.username} changed story points from — to 5`;
      await ownerTask.getByTestId('activity').filter({ hasText: recorded }).waitFor();
      await memberTask.getByTestId('activity').filter({ hasText: recorded }).waitFor();
      await memberTask.getByTestId('activity').filter({ hasText: `${owner.username} created the task` }).waitFor();

      // A label made in the task panel and put on the task.
      await ownerTask.getByLabel('Label name').fill('Hardware');
      await ownerTask.getByRole('button', { name: 'Add label' }).click();
      await ownerTask.getByRole('group', { name: 'Labels' }).getByRole('checkbox').check();
      await ownerTask.getByRole('button', { name: 'Save changes' }).click();
      await ownerTask.getByTestId('activity').filter({ hasText: `${owner.username} changed labels from none to Hardware` }).waitFor();
      await memberTask.getByTestId('task-labels').getByTestId('label').filter({ hasText: 'Hardware' }).waitFor();
      expect(await memberTask.getByTestId('activity').filter({ hasText: `${owner.username} commented` }).count()).toBe(2);
      // The member was mentioned, not a watcher; the owner watches as creator and commenter.
      expect(await memberTask.getByTestId('watchers').textContent()).toBe(`Watching: ${owner.username}`);
      expect((await suite.people.api(owner).get(`/api/v1/projects/tasks/${task.id}`).expect(200)).body.story_points).toBe(5);
      expect(await ownerPage.getByTestId('error').count()).toBe(0);
      expect(await memberPage.getByTestId('error').count()).toBe(0);
    });
  });
});
