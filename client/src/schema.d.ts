// Generated from openapi.json by `npm run generate -w client`; do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service index
         * @description Names the service and links to the documentation and the health check. Public.
         */
        get: operations["Root_root"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discover a project
         * @description Drafts a plan from a message and creates a new project from it in the organization the request acts in, in one transaction. Rate-limited per user.
         */
        post: operations["Ai_discover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ai/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a plan
         * @description Asks the configured model for a plan (epics, stories, tasks with hours and points) from a description; writes nothing. Rate-limited per user.
         */
        post: operations["Ai_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/demo-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demo login
         * @description Signs in to a seeded demo workspace. Only when ALLOW_DEMO_LOGIN is on; otherwise 404.
         */
        post: operations["Auth_demoLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Exchanges email and password for an access and a refresh token. Failed attempts are throttled per email and address (429 with Retry-After).
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Revokes the session (refresh token family) of the given refresh token; an unknown token or another user's changes nothing.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out everywhere
         * @description Revokes every session of the caller; connected sockets receive session_revoked and are disconnected.
         */
        post: operations["Auth_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh tokens
         * @description Rotates a refresh token into a new token pair. A reused refresh token revokes its whole session.
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description Creates an account and its own organization, and signs in (access and refresh token).
         */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels
         * @description The organization's public channels and the caller's private ones.
         */
        get: operations["Chat_listChannels"];
        put?: never;
        /**
         * Create a channel
         * @description Creates a channel in the organization the request acts in; the creator is a member.
         */
        post: operations["Chat_createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/channels/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a channel
         * @description Joins a public channel of the organization.
         */
        post: operations["Chat_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/channels/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave a channel
         * @description Leaves a channel.
         */
        post: operations["Chat_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/channels/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Channel messages
         * @description A channel's messages, newest first, cursor-paginated.
         */
        get: operations["Chat_channelMessages"];
        put?: never;
        /**
         * Post to a channel
         * @description Posts a message; broadcast as `message` to the channel's room after commit.
         */
        post: operations["Chat_postToChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversations
         * @description The caller's channels and direct-message partners in the organization, each with its last message, most recent activity first.
         */
        get: operations["Chat_conversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/direct-messages/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Direct messages
         * @description The messages between the caller and another member, newest first.
         */
        get: operations["Chat_directMessages"];
        put?: never;
        /**
         * Send a direct message
         * @description Sends a message to another member of the organization; broadcast as `message` to both users' rooms.
         */
        post: operations["Chat_sendDirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/online-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Online members
         * @description Members of the organization who are online or away now, by username.
         */
        get: operations["Chat_onlineUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search messages
         * @description Messages containing the query (case-insensitive) in the caller's channels of the organization and their direct conversations with its members, newest first.
         */
        get: operations["Chat_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Deletes a comment (its author, the project owner or an organization owner or manager).
         */
        delete: operations["Comments_remove"];
        options?: never;
        head?: never;
        /**
         * Edit a comment
         * @description Replaces a comment's body (its author only) and sets `edited`; only members newly mentioned are notified.
         */
        patch: operations["Comments_update"];
        trace?: never;
    };
    "/api/v1/epics/{epic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an epic
         * @description Deletes an epic with its stories and tasks (project owner, organization owner or manager).
         */
        delete: operations["Plan_removeEpic"];
        options?: never;
        head?: never;
        /**
         * Update an epic
         * @description Renames an epic, changes its description or order.
         */
        patch: operations["Plan_updateEpic"];
        trace?: never;
    };
    "/api/v1/epics/{epic_id}/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a story
         * @description Adds a story to an epic.
         */
        post: operations["Plan_createStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Catch up on events
         * @description Realtime events addressed to the caller since a given event id, in delivery order (for a client that was offline; kept OUTBOX_RETENTION_DAYS).
         */
        get: operations["Events_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an issue
         * @description Reports an issue (blocker, bug, question) on a project, optionally on one of its tasks (an open blocker blocks it); notifies the project owner.
         */
        post: operations["Issues_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an issue
         * @description One issue of a project the caller is a member of.
         */
        get: operations["Issues_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Issue history
         * @description Every recorded change of the issue, oldest first: creation, each changed field (old and new value as text), transitions, assignment and comments.
         */
        get: operations["Activity_issue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign an issue
         * @description Assigns an `open` or `in_progress` issue to a member of the organization; it becomes `in_progress` and the assignee is notified. Any other status is a 409 naming from, to and action.
         */
        post: operations["Issues_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an issue
         * @description Closes a `resolved` issue. Any other status is a 409 naming from, to and action.
         */
        post: operations["Issues_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Issue comments
         * @description The issue's comments, oldest first.
         */
        get: operations["Comments_issueComments"];
        put?: never;
        /**
         * Comment on an issue
         * @description Adds a comment (1..10000 characters) to an issue; `@username` mentions a member of the organization. The author starts watching.
         */
        post: operations["Comments_commentIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen an issue
         * @description Reopens a `resolved` or `closed` issue (back to `open`). Any other status is a 409 naming from, to and action.
         */
        post: operations["Issues_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an issue
         * @description Resolves an `open` or `in_progress` issue with a resolution; a resolved blocker no longer blocks its task. Any other status is a 409 naming from, to and action.
         */
        post: operations["Issues_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Watch an issue
         * @description The caller starts watching the issue: they get `comment_added` and `status_changed` notifications. Watching already is not an error.
         */
        post: operations["Watchers_watchIssue"];
        /**
         * Stop watching an issue
         * @description The caller stops watching the issue. Not watching is not an error.
         */
        delete: operations["Watchers_unwatchIssue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{issue_id}/watchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Issue watchers
         * @description Who watches the issue (its reporter, assignee and commenters do automatically).
         */
        get: operations["Watchers_issueWatchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/project/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a project's issues
         * @description A project's issues, filtered by status, type or priority.
         */
        get: operations["Issues_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/{label_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a label
         * @description Deletes a label (the project owner or an organization owner or manager); the tasks that carried it lose it, recorded in their history.
         */
        delete: operations["Labels_remove"];
        options?: never;
        head?: never;
        /**
         * Update a label
         * @description Renames a label or changes its color; any member.
         */
        patch: operations["Labels_update"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notifications
         * @description The caller's notifications, newest first, optionally unread only.
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a notification
         * @description Deletes one of the caller's notifications.
         */
        delete: operations["Notifications_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one read
         * @description Marks one of the caller's notifications read.
         */
        post: operations["Notifications_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/mark-all-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all read
         * @description Marks every unread notification of the caller read.
         */
        post: operations["Notifications_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification preferences
         * @description Every notification type with whether the caller receives it (a type switched off is not created for them).
         */
        get: operations["Notifications_getPreferences"];
        /**
         * Change notification preferences
         * @description Switches any subset of the types on or off; the others keep their setting. `mention`, `org_invitation` and `task_assigned` cannot be switched off.
         */
        put: operations["Notifications_updatePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread count
         * @description How many of the caller's notifications are unread.
         */
        get: operations["Notifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My organizations
         * @description The organizations the caller belongs to, with the caller's role in each.
         */
        get: operations["Organizations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/add-member": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member
         * @description Creates an account for a new person directly in the organization (owner only); an email that already has an account is a 409 (invite it instead).
         */
        post: operations["Organizations_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an organization
         * @description Creates an organization owned by the caller. A user owns at most one (registering creates their personal team): otherwise 409.
         */
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description Invitations of the organization, oldest first (owner or manager): the pending ones unless `status` names another.
         */
        get: operations["Invitations_list"];
        put?: never;
        /**
         * Invite by email
         * @description Invites an email address to the organization (owner only); an address without an account is answered alike (no account enumeration), and an account is notified (`org_invitation`). Expires after INVITATION_TTL_DAYS.
         */
        post: operations["Invitations_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invitation
         * @description Revokes a pending invitation (owner or manager).
         */
        delete: operations["Invitations_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/invitations/{invitation_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Joins the organization of an invitation addressed to the caller's email; it becomes the caller's default.
         */
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/invitations/{invitation_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation
         * @description Declines a pending invitation addressed to the caller's email.
         */
        post: operations["Invitations_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave the organization
         * @description Leaves the organization the request acts in; the caller's open tasks and unresolved issues there are unassigned. The owner cannot leave.
         */
        post: operations["Organizations_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description Members of the organization the request acts in, with their roles.
         */
        get: operations["Organizations_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Gives a member another organization role (the organization owner or a manager may); the owner's role never changes (409).
         */
        patch: operations["Organizations_changeRole"];
        trace?: never;
    };
    "/api/v1/organizations/my-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current organization
         * @description The organization the request acts in (X-Organization-Id, else the caller's default).
         */
        get: operations["Organizations_myOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/remove-member/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes a member (owner only); their open tasks and unresolved issues are unassigned.
         */
        delete: operations["Organizations_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description The projects of every organization the caller belongs to, or of the one X-Organization-Id names.
         */
        get: operations["Projects_list"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project owned by the caller in the organization the request acts in.
         */
        post: operations["Projects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project
         * @description One project the caller can see.
         */
        get: operations["Projects_get"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project with its epics, stories, tasks and issues (project owner, organization owner or manager).
         */
        delete: operations["Projects_remove"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Renames a project or changes its description (project owner, organization owner or manager).
         */
        patch: operations["Projects_update"];
        trace?: never;
    };
    "/api/v1/projects/{project_id}/detect-delays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan a project for delays
         * @description Runs the delay scan over one project now and reports what changed.
         */
        post: operations["Risk_detectProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/epics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ordered epic, story and task tree of a project
         * @description Every epic of the project in order, each with its stories in order, each with its tasks.
         */
        get: operations["Plan_tree"];
        put?: never;
        /**
         * Create an epic
         * @description Adds an epic to a project.
         */
        post: operations["Plan_createEpic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List labels
         * @description The project's labels.
         */
        get: operations["Labels_list"];
        put?: never;
        /**
         * Create a label
         * @description Adds a label (a name unique in the project whatever its case, and a #rrggbb color) to a project; any member.
         */
        post: operations["Labels_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/plan/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a plan
         * @description Appends a plan (edited or not) after the project's existing epics in one transaction (the project owner or an organization owner or manager); answers the project's whole epic tree.
         */
        post: operations["Ai_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project risk summary
         * @description Counts of the project's active tasks by risk level, with the riskiest high-risk tasks.
         */
        get: operations["Risk_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/sprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sprints
         * @description The project's sprints, newest first, optionally of one status.
         */
        get: operations["Sprints_list"];
        put?: never;
        /**
         * Plan a sprint
         * @description Creates a `planned` sprint of the project (any member). Dates are calendar days YYYY-MM-DD; end_date is not before start_date.
         */
        post: operations["Sprints_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/standup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stand-up report
         * @description Per member, what they completed since `since` (default 24 hours ago), what they have in progress and what is blocked; with the open blockers and the high-risk tasks of the project. From the recorded history.
         */
        get: operations["SprintReports_standup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description A project's tasks in board order, filtered by status, assignee, risk level, sprint (`none`: the backlog) or label.
         */
        get: operations["Tasks_list"];
        put?: never;
        /**
         * Create a task
         * @description Adds a task to a project (optionally under a story, in a sprint, with labels); its risk is computed at once.
         */
        post: operations["Tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{project_id}/velocity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project velocity
         * @description Committed and completed points of the last N completed sprints, newest first, and their average.
         */
        get: operations["SprintReports_velocity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/detect-delays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scan my projects for delays
         * @description Runs the delay scan over the caller's projects now and reports what changed.
         */
        post: operations["Risk_detectMine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description One task with its status, assignee, hours and risk.
         */
        get: operations["Tasks_get"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Deletes a task (project owner, organization owner or manager).
         */
        delete: operations["Tasks_remove"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Changes a task's fields (null clears a nullable one); every change is recorded in its activity, and assignment and status changes notify. `status: Done` completes it like `complete`, without claiming a next task.
         */
        patch: operations["Tasks_update"];
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task history
         * @description Every recorded change of the task, oldest first: creation, each changed field (old and new value as text), status, assignment, comments, sprint moves, blockers, and the reason when the system made it.
         */
        get: operations["Activity_task"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task comments
         * @description The task's comments, oldest first.
         */
        get: operations["Comments_taskComments"];
        put?: never;
        /**
         * Comment on a task
         * @description Adds a comment (1..10000 characters) to a task; `@username` mentions a member of the organization. The author starts watching.
         */
        post: operations["Comments_commentTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task
         * @description Marks a task Done (its assignee, anyone while it is unassigned, or the project's owners) and, in the same transaction, assigns the caller the project's next unassigned, unblocked To Do task in board order, returned as `next_task` (null when there is none).
         */
        post: operations["Tasks_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task risk
         * @description A task's risk score, level and the reasons behind it.
         */
        get: operations["Risk_taskRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a task
         * @description Moves a To Do task to In Progress and assigns it to the caller; of two concurrent starts one wins, the other gets 409.
         */
        post: operations["Tasks_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Watch a task
         * @description The caller starts watching the task: they get `comment_added` and `status_changed` notifications. Watching already is not an error.
         */
        post: operations["Watchers_watchTask"];
        /**
         * Stop watching a task
         * @description The caller stops watching the task. Not watching is not an error.
         */
        delete: operations["Watchers_unwatchTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/{task_id}/watchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task watchers
         * @description Who watches the task (its creator, assignee and commenters do automatically).
         */
        get: operations["Watchers_taskWatchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/tasks/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign tasks in bulk
         * @description Assigns up to 100 tasks to one member in one transaction; any failing id fails the whole request and nothing is assigned.
         */
        post: operations["Tasks_bulkAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search
         * @description Full-text search (words and prefixes) over task and issue titles and descriptions and comment bodies in the caller's projects, most relevant first.
         */
        get: operations["Search_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a sprint
         * @description One sprint with its committed and completed points.
         */
        get: operations["Sprints_get"];
        put?: never;
        post?: never;
        /**
         * Delete a sprint
         * @description Deletes a `planned` sprint (the project owner or an organization owner or manager); its tasks go back to the backlog.
         */
        delete: operations["Sprints_remove"];
        options?: never;
        head?: never;
        /**
         * Update a sprint
         * @description Changes a sprint's name, goal or dates (any member) until it is completed.
         */
        patch: operations["Sprints_update"];
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/burndown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sprint burndown
         * @description One row per UTC calendar day from start_date to min(today, end_date): scope, completed, remaining and ideal remaining points, computed from the recorded history.
         */
        get: operations["SprintReports_burndown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sprint
         * @description `active` to `completed` (the project owner or an organization owner or manager): `completed_points` becomes the points of its Done tasks, and the unfinished tasks move to the backlog or to a planned sprint of the project.
         */
        post: operations["Sprints_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sprint forecast
         * @description Remaining points, days left, the daily completion rate so far and the projected end date, from the burndown.
         */
        get: operations["SprintReports_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan a sprint's scope
         * @description Selects backlog tasks in board order (skipping blocked and Done tasks and tasks without points) up to the capacity (default: the project's average velocity); `apply: true` adds them in the same transaction.
         */
        post: operations["Sprints_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a sprint
         * @description `planned` to `active` (the project owner or an organization owner or manager); `committed_points` becomes the points in it now. A project has at most one active sprint.
         */
        post: operations["Sprints_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add tasks to a sprint
         * @description Moves tasks of the sprint's project into it, all or nothing: a 422 lists each id that is not a task of the project or is Done.
         */
        post: operations["Sprints_addTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sprints/{sprint_id}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a task from a sprint
         * @description Moves one of the sprint's tasks back to the backlog.
         */
        delete: operations["Sprints_removeTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stories/{story_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a story
         * @description Deletes a story with its tasks (project owner, organization owner or manager).
         */
        delete: operations["Plan_removeStory"];
        options?: never;
        head?: never;
        /**
         * Update a story
         * @description Renames a story, changes its description or order.
         */
        patch: operations["Plan_updateStory"];
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current user
         * @description The signed-in user's profile, read from the database; `role` is their role in their default organization. Also served at `/users/me`.
         */
        get: operations["Users_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my profile
         * @description Changes the caller's username and avatar (an https:// URL, or null to remove it); omitted fields stay. A taken username is a 409.
         */
        patch: operations["Users_updateProfile"];
        trace?: never;
    };
    "/api/v1/users/me/default-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set my default organization
         * @description Requests without X-Organization-Id act in this organization from now on.
         */
        put: operations["MyOrganizations_setDefault"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My pending invitations
         * @description Pending invitations addressed to the caller's email, oldest first, with the organization's name.
         */
        get: operations["MyOrganizations_invitationsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my invitations
         * @description An invitation addressed to the caller's email, in any status (the link of an org_invitation notification).
         */
        get: operations["MyOrganizations_invitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change password
         * @description Checks the current password, sets the new one, revokes every other session and returns a fresh token pair.
         */
        post: operations["Account_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Checks the database (and Redis when configured). 200 when every check is up, 503 naming the failing check. Public.
         */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current user
         * @description The signed-in user's profile, read from the database; `role` is their role in their default organization. Also served at `/users/me`.
         */
        get: operations["Users_me_root_alias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActivityDto: {
            /** @enum {string} */
            action: "created" | "updated" | "status_changed" | "assigned" | "unassigned" | "commented" | "sprint_moved" | "blocker_linked" | "blocker_resolved" | "watched" | "unwatched" | "deleted";
            /**
             * @description null for a change made by the system
             * @example 42
             */
            actor_id: number | null;
            actor_username: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /** @description The changed field, as named in the JSON of the subject */
            field: string | null;
            /** @example 42 */
            id: number;
            new_value: string | null;
            old_value: string | null;
            reason: string | null;
        };
        AddMemberDto: {
            description?: string;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @description Longer passwords are rejected, never truncated */
            password: string;
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
            username: string;
        };
        AssignIssueDto: {
            /**
             * @description A project member
             * @example 42
             */
            assignee_id: number;
        };
        BulkAssignDto: {
            /** @description A member of every task’s project */
            assigned_to: number;
            task_ids: string[];
        };
        BulkAssignResponseDto: {
            message: string;
            tasks: components["schemas"]["TaskDto"][];
        };
        BurndownDayDto: {
            /** @description Points of its Done tasks at the end of the day */
            completed_points: number;
            /**
             * Format: date
             * @example 2026-03-02
             */
            date: string;
            /** @description Linear from committed_points on start_date to 0 on end_date */
            ideal_remaining_points: number;
            remaining_points: number;
            /** @description Points in the sprint at the end of the day */
            scope_points: number;
        };
        BurndownDto: {
            /** @description One row per UTC day from start_date to min(today, end_date) */
            days: components["schemas"]["BurndownDayDto"][];
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            sprint_id: string;
        };
        ChangePasswordDto: {
            current_password: string;
            /** @description Longer passwords are rejected, never truncated */
            new_password: string;
        };
        ChangeRoleDto: {
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
        };
        ChannelDto: {
            channel_type: components["schemas"]["ChannelType"];
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /** @example 42 */
            created_by_id: number | null;
            description: string | null;
            /** @example 4 */
            id: number;
            /** @description Whether the caller belongs to the channel */
            is_member: boolean;
            name: string;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            organization_id: string;
        };
        ChannelMessageDto: {
            /** @example Left the channel */
            message: string;
        };
        ChannelPageDto: {
            items: components["schemas"]["ChannelDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        /** @enum {string} */
        ChannelType: "public" | "private";
        CommentBodyDto: {
            /** @description `@username` mentions a member of the project’s organization (others are left as text) */
            body: string;
        };
        CommentDto: {
            /** @example 42 */
            author_id: number;
            author_username: string;
            body: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            edited: boolean;
            /** @example 42 */
            id: number;
            /** @example 42 */
            issue_id: number | null;
            /** @description Ids of the mentioned members */
            mentions: number[];
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            task_id: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            updated_at: string;
        };
        CompletedTaskDto: {
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            next_task: components["schemas"]["NextTaskDto"] | (null);
            /** @enum {string} */
            status: "To Do" | "In Progress" | "Done";
            title: string;
        };
        CompleteSprintDto: {
            /**
             * @description `backlog`, or the id of a planned sprint of the same project: where the unfinished tasks go
             * @default backlog
             */
            carry_over_to: "backlog" | string;
        };
        CompleteSprintResponseDto: {
            /** @description The unfinished tasks that moved */
            carried_over: string[];
            sprint: components["schemas"]["SprintDto"];
        };
        CompleteTaskResponseDto: {
            message: string;
            task: components["schemas"]["CompletedTaskDto"];
        };
        ConversationChannelDto: {
            channel_type: components["schemas"]["ChannelType"];
            /** @example 42 */
            id: number;
            name: string;
        };
        ConversationDto: {
            channel: components["schemas"]["ConversationChannelDto"] | (null);
            /** @enum {string} */
            kind: "channel" | "direct";
            last_message: components["schemas"]["MessageDto"] | (null);
            /** @description The partner of a direct conversation */
            user: components["schemas"]["ConversationUserDto"] | (null);
        };
        ConversationPageDto: {
            /** @description Most recent activity first */
            items: components["schemas"]["ConversationDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        ConversationUserDto: {
            /** @example 42 */
            id: number;
            username: string;
        };
        CreateChannelDto: {
            channel_type: components["schemas"]["ChannelType"];
            description?: string;
            /** @example general */
            name: string;
        };
        CreateIssueDto: {
            description: string;
            /**
             * @default bug
             * @enum {string}
             */
            issue_type: "blocker" | "bug" | "question";
            /**
             * @default medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "critical";
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /**
             * Format: uuid
             * @description A task of the same project
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            task_id?: string;
            title: string;
        };
        CreateLabelDto: {
            /** @example #d73a4a */
            color: string;
            /** @description Unique in the project, whatever the case */
            name: string;
        };
        CreateOrganizationDto: {
            description?: string;
            name: string;
        };
        CreatePlanItemDto: {
            description?: string | null;
            name: string;
            /** @default 0 */
            order: number;
        };
        CreateProjectDto: {
            description?: string | null;
            name: string;
        };
        CreateSprintDto: {
            /**
             * Format: date
             * @description Not before start_date; at most 365 days after it
             * @example 2026-01-16
             */
            end_date: string;
            goal?: string | null;
            name: string;
            /**
             * Format: date
             * @example 2026-01-05
             */
            start_date: string;
        };
        CreateTaskDto: {
            description?: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            due_date?: string;
            estimate_hours?: number;
            /** @description The whole label set: labels of the same project (else 422); [] removes every label */
            label_ids?: string[];
            /** @default 0 */
            order: number;
            /**
             * @description 0 none .. 4 urgent
             * @default 0
             */
            priority: number;
            /**
             * Format: uuid
             * @description A planned or active sprint of the same project (else 422); null moves the task to the backlog
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            sprint_id?: string | null;
            /**
             * Format: uuid
             * @description A story of the same project
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            story_id?: string;
            story_points?: number | null;
            title: string;
        };
        DefaultOrganizationDto: {
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            organization_id: string;
        };
        DetectDelaysDto: {
            high_risk: number;
            medium_risk: number;
            notifications_sent: number;
            tasks_scanned: number;
        };
        DiscoveredProjectDto: {
            epics: components["schemas"]["EpicTreeDto"][];
            project: components["schemas"]["ProjectDto"];
        };
        DiscoverProjectDto: {
            /** @description What the project is about, in any language */
            message: string;
        };
        DraftPlanDto: {
            /** @description What the project is about, in any language */
            description: string;
        };
        EpicTreeDto: {
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            order: number;
            stories: components["schemas"]["StoryTreeDto"][];
        };
        EventDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /** @example notification */
            event: string;
            /**
             * @description Event id: its delivery sequence (a 64-bit integer as a string), the `event_id` sent with the live event; increases in delivery order
             * @example 1043
             */
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** @example user:5 */
            room: string;
        };
        EventPageDto: {
            items: components["schemas"]["EventDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        ForecastDto: {
            /** @description Completed points per elapsed sprint day */
            daily_rate: number;
            /** @description Calendar days after today up to end_date */
            days_left: number;
            on_track: boolean;
            /**
             * Format: date
             * @description null while nothing has been completed
             * @example 2026-03-02
             */
            projected_end_date: string | null;
            remaining_points: number;
        };
        HealthProblemDto: {
            /**
             * @description Each check, the failing ones `down`
             * @example {
             *       "database": "down"
             *     }
             */
            checks: {
                /** @enum {string} */
                database: "up" | "down";
                /**
                 * @description Only when REDIS_URL is set
                 * @enum {string}
                 */
                redis?: "up" | "down";
            };
        };
        HealthResponseDto: {
            /**
             * @example {
             *       "database": "up",
             *       "redis": "up"
             *     }
             */
            checks: {
                /** @enum {string} */
                database: "up";
                /**
                 * @description Only when REDIS_URL is set
                 * @enum {string}
                 */
                redis?: "up";
            };
            /** @enum {string} */
            status: "ok";
        };
        HighRiskTaskDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            due_date: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            /** @description progress_percentage */
            progress: number;
            risk_factors: components["schemas"]["RiskFactorDto"][];
            /** @description The sum of the risk factors’ points */
            risk_score: number;
            title: string;
        };
        InvitationDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string | null;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            expires_at: string;
            /** @example 42 */
            id: number;
            /** @description Username of who sent it */
            invited_by: string;
            /** @example 42 */
            invited_by_id: number;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            organization_id: string;
            organization_name: string;
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
            /**
             * @description `expired`: still unanswered after `expires_at` (INVITATION_TTL_DAYS after it was sent)
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        InviteMemberDto: {
            description?: string;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
        };
        IssueDto: {
            /** @example 42 */
            assignee_id: number | null;
            assignee_username: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string;
            /** @example 42 */
            id: number;
            /** @enum {string} */
            issue_type: "blocker" | "bug" | "question";
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /** @example 42 */
            reporter_id: number;
            reporter_username: string;
            resolution: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            resolved_at: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "resolved" | "closed";
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            task_id: string | null;
            title: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            updated_at: string;
        };
        IssueRefDto: {
            /** @example 42 */
            id: number;
            title: string;
        };
        IssueTransitionProblemDto: {
            /**
             * @example resolve
             * @enum {string}
             */
            action: "assign" | "resolve" | "close" | "reopen";
            /**
             * @description The issue’s status now
             * @example closed
             * @enum {string}
             */
            from: "open" | "in_progress" | "resolved" | "closed";
            /**
             * @description Where the action would have led
             * @example resolved
             * @enum {string}
             */
            to: "open" | "in_progress" | "resolved" | "closed";
        };
        LabelDto: {
            /**
             * @description Lower case
             * @example #d73a4a
             */
            color: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            updated_at: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            password: string;
        };
        MarkAllReadDto: {
            /** @description How many notifications were unread and are now read */
            count: number;
            /** @example Notification marked as read */
            message: string;
        };
        MeDto: {
            avatar_url: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @example 42 */
            id: number;
            /** @description Role in the default organization */
            role: string | null;
            username: string;
        };
        MemberDto: {
            description: string | null;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /**
             * @description The member user id
             * @example 42
             */
            id: number;
            invited_by: string | null;
            /** @example 42 */
            invited_by_id: number | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            joined_at: string;
            /** @enum {string} */
            role: "owner" | "manager" | "product_owner" | "developer" | "designer" | "qa";
            username: string;
        };
        MessageDto: {
            /** @example 42 */
            channel_id: number | null;
            content: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /** @example 7 */
            id: number;
            /** @example 42 */
            recipient_id: number | null;
            /** @example 3 */
            sender_id: number;
        };
        MessagePageDto: {
            items: components["schemas"]["MessageDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        NextTaskDto: {
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            title: string;
        };
        NotificationDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /** @example 42 */
            id: number;
            link: string | null;
            message: string;
            read: boolean;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            read_at: string | null;
            title: string;
            type: components["schemas"]["NotificationType"];
        };
        NotificationMessageDto: {
            /** @example Notification marked as read */
            message: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        NotificationPreferencesDto: {
            /** @example true */
            comment_added: boolean;
            /** @example true */
            issue_assigned: boolean;
            /** @example true */
            issue_resolved: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @example true
             * @enum {boolean}
             */
            mention: true;
            /** @example true */
            new_issue: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @example true
             * @enum {boolean}
             */
            org_invitation: true;
            /** @example true */
            sprint_at_risk: boolean;
            /** @example true */
            status_changed: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @example true
             * @enum {boolean}
             */
            task_assigned: true;
            /** @example true */
            task_at_risk: boolean;
        };
        /** @enum {string} */
        NotificationType: "task_assigned" | "task_at_risk" | "new_issue" | "issue_assigned" | "issue_resolved" | "org_invitation" | "mention" | "comment_added" | "status_changed" | "sprint_at_risk";
        OnlineUserDto: {
            /** @enum {string} */
            status: "online" | "away";
            /** @example 42 */
            user_id: number;
            username: string;
        };
        OnlineUserPageDto: {
            items: components["schemas"]["OnlineUserDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        OrganizationDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            is_owner: boolean;
            name: string;
            /** @example 42 */
            owner_id: number;
        };
        OrganizationListItemDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            /** @description The organization requests act in without X-Organization-Id */
            is_default: boolean;
            is_owner: boolean;
            name: string;
            /** @example 42 */
            owner_id: number;
            /**
             * @description The caller’s role in it
             * @enum {string}
             */
            role: "owner" | "manager" | "product_owner" | "developer" | "designer" | "qa";
        };
        PageMetaDto: {
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        PlanDraftDto: {
            /** @description The model that answered, as the provider names it */
            model: string;
            /** @description A project plan: epics, their stories, and the stories’ tasks, in the order they should be worked on */
            plan: {
                /** @description What the project is for; may be empty */
                description: string;
                epics: {
                    /** @description What the epic delivers; may be empty */
                    description: string;
                    /** @description Short name of the epic */
                    name: string;
                    stories: {
                        /** @description The story, e.g. "As a ... I want ... so that ..."; may be empty */
                        description: string;
                        /** @description Short name of the story */
                        name: string;
                        tasks: {
                            /** @description How to do it and when it is done; may be empty */
                            description: string;
                            /** @description Estimated effort in hours, or null when unknown */
                            estimate_hours: number | null;
                            /** @description Relative size in story points (for example 1, 2, 3, 5, 8, 13), or null when unknown */
                            story_points: number | null;
                            /** @description What is to be done, as an imperative phrase */
                            title: string;
                        }[];
                    }[];
                }[];
                /** @description Short name of the project */
                name: string;
            };
        };
        PlanItemDto: {
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            order: number;
        };
        PlannedTaskDto: {
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            story_points: number;
            title: string;
        };
        PlanSprintDto: {
            /**
             * @description Add the selection to the sprint (in the same transaction)
             * @default false
             */
            apply: boolean;
            /** @description Default: the project's average velocity (last 3 completed sprints) */
            capacity_points?: number;
        };
        PostMessageDto: {
            content: string;
        };
        /** @description RFC 9457 problem details; every error response has this shape. Some codes add members of their own (named in the schema of the operation that answers them). */
        ProblemDetails: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "REFERENCED_ROW_NOT_FOUND" | "INVALID_CURSOR" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR" | "INVALID_UTF8" | "JSON_TOO_DEEP" | "CONTENT_ENCODING_MISMATCH" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "RATE_LIMITED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "EMAIL_TAKEN" | "USERNAME_TAKEN" | "INVALID_CREDENTIALS" | "REFRESH_TOKEN_INVALID" | "DEMO_LOGIN_DISABLED" | "ALREADY_OWNS_ORGANIZATION" | "ALREADY_MEMBER" | "INVITATION_PENDING" | "CANNOT_REMOVE_SELF" | "NO_ORGANIZATION" | "INVITATION_EXPIRED" | "INVITATION_NOT_PENDING" | "OWNER_CANNOT_LEAVE" | "OWNER_ROLE_FIXED" | "NOTIFICATION_TYPE_UNKNOWN" | "NOTIFICATION_INVALID" | "NOTIFICATION_RECIPIENT_NOT_FOUND" | "TASK_ALREADY_DONE" | "TASK_NOT_ASSIGNED_TO_YOU" | "TASK_NOT_STARTABLE" | "INVALID_ISSUE_TRANSITION" | "SPRINT_ALREADY_ACTIVE" | "INVALID_SPRINT_TRANSITION" | "SPRINT_COMPLETED" | "NOT_A_CHANNEL_MEMBER" | "AI_NOT_CONFIGURED" | "AI_TIMEOUT" | "AI_PROVIDER_ERROR" | "AI_PROVIDER_RATE_LIMITED" | "AI_INVALID_OUTPUT" | "NOT_THE_COMMENT_AUTHOR" | "LABEL_NAME_TAKEN" | "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "INVITATION_NOT_FOUND" | "PROJECT_NOT_FOUND" | "EPIC_NOT_FOUND" | "STORY_NOT_FOUND" | "TASK_NOT_FOUND" | "ISSUE_NOT_FOUND" | "NOTIFICATION_NOT_FOUND" | "CHANNEL_NOT_FOUND" | "SPRINT_NOT_FOUND" | "COMMENT_NOT_FOUND" | "LABEL_NOT_FOUND";
            /** @example Task 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60 was not found */
            detail?: string;
            /** @description Present on validation failures (422): one entry per failing field */
            errors?: {
                /** @example progress_percentage */
                field: string;
                /** @example progress_percentage must not be greater than 100 */
                message: string;
            }[];
            /**
             * @description The request path (empty when the request could not be parsed)
             * @example /api/v1/projects/tasks/6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60/complete
             */
            instance: string;
            /**
             * @description Also in the X-Request-Id header and the server log
             * @example 9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c
             */
            request_id: string;
            /** @example 404 */
            status: number;
            /** @example Task not found */
            title: string;
            /**
             * @description A stable URI reference for the code
             * @example /problems/task-not-found
             */
            type: string;
        };
        ProjectDto: {
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            organization_id: string;
            /** @example 42 */
            owner_id: number;
        };
        ProjectRiskSummaryDto: {
            high_risk_count: number;
            /** @description The 50 riskiest high-risk tasks */
            high_risk_tasks: components["schemas"]["HighRiskTaskDto"][];
            low_risk_count: number;
            medium_risk_count: number;
            total_active_tasks: number;
        };
        RefDto: {
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            title: string;
        };
        RefreshDto: {
            refresh_token: string;
        };
        RegisterDto: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @description Longer passwords are rejected, never truncated */
            password: string;
            username: string;
        };
        ResolveIssueDto: {
            resolution: string;
        };
        RiskFactorDto: {
            /**
             * @example overdue
             * @enum {string}
             */
            code: "overdue" | "due_within_24h" | "due_within_72h" | "due_within_7d" | "no_progress" | "progress_below_25" | "progress_below_50" | "blocked" | "remaining_work_exceeds_time";
            detail: string;
            /** @description What this factor adds to the score */
            points: number;
        };
        RootResponseDto: {
            /**
             * @description Swagger UI; the document itself is at /docs/openapi.json
             * @example /docs
             */
            docs: string;
            /** @example /health */
            health: string;
            /** @example Atlas */
            name: string;
            /** @example v1 */
            version: string;
        };
        SearchPageDto: {
            items: components["schemas"]["SearchResultDto"][];
            limit: number;
            next_cursor: string | null;
            skip: number;
            total: number;
        };
        SearchResultDto: {
            /** @description A task UUID, or an issue or comment id */
            id: string | number;
            /**
             * @description The issue, or the issue a comment is on
             * @example 42
             */
            issue_id: number | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /** @description Relevance in 0..1, higher first */
            rank: number;
            /** @description The matching passage as HTML: the text escaped, each match wrapped in <mark></mark> */
            snippet: string;
            /**
             * Format: uuid
             * @description The task, or the task a comment is on
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            task_id: string | null;
            /** @description The task’s or issue’s title; for a comment, that of the task or issue it is on */
            title: string;
            /** @enum {string} */
            type: "task" | "issue" | "comment";
        };
        SprintDto: {
            /** @description Points in the sprint when it started; null until then */
            committed_points: number | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            completed_at: string | null;
            /** @description Points of its Done tasks when it was completed; null until then */
            completed_points: number | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            end_date: string;
            goal: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            start_date: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            started_at: string | null;
            /** @enum {string} */
            status: "planned" | "active" | "completed";
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            updated_at: string;
        };
        SprintPlanDto: {
            /** @description The sprint's capacity; the points already in it count against it */
            capacity_points: number;
            /** @description Backlog tasks in board order that fit */
            selected: components["schemas"]["PlannedTaskDto"][];
            /** @description Points of the selected tasks */
            total_points: number;
        };
        SprintTasksDto: {
            task_ids: string[];
        };
        SprintTasksResponseDto: {
            sprint: components["schemas"]["SprintDto"];
            task_ids: string[];
        };
        SprintTransitionProblemDto: {
            /**
             * @description What was asked
             * @example deleted
             * @enum {string}
             */
            action: "started" | "completed" | "deleted";
            /**
             * @description The sprint’s status now
             * @example active
             * @enum {string}
             */
            from: "planned" | "active" | "completed";
        };
        StandupDto: {
            /** @description High-risk open tasks, riskiest first */
            at_risk: components["schemas"]["RefDto"][];
            members: components["schemas"]["StandupMemberDto"][];
            /** @description Open blocker issues of the project */
            open_blockers: components["schemas"]["IssueRefDto"][];
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            since: string;
        };
        StandupMemberDto: {
            /** @description Their open tasks with an open blocker issue */
            blocked: components["schemas"]["RefDto"][];
            /** @description Tasks they moved to Done since `since` (and that are still Done) */
            completed: components["schemas"]["RefDto"][];
            /** @description Their In Progress tasks that are not blocked */
            in_progress: components["schemas"]["RefDto"][];
            /** @example 42 */
            user_id: number;
            username: string;
        };
        StoryTreeDto: {
            description: string | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
            order: number;
            tasks: components["schemas"]["TreeTaskDto"][];
        };
        TaskDto: {
            /** @example 42 */
            assignee_id: number | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            created_at: string;
            description: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            due_date: string | null;
            estimate_hours: number | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            /** @description True while an open blocker issue is linked */
            is_blocked: boolean;
            /** @description Sorted */
            label_ids: string[];
            order: number;
            /** @description 0 none .. 4 urgent */
            priority: number;
            progress_percentage: number;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            project_id: string;
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            /** @description The sum of the risk factors’ points */
            risk_score: number;
            /**
             * Format: uuid
             * @description null = the backlog
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            sprint_id: string | null;
            /** @enum {string} */
            status: "To Do" | "In Progress" | "Done";
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            story_id: string | null;
            story_points: number | null;
            title: string;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            updated_at: string;
        };
        TaskMessageDto: {
            message: string;
            task: components["schemas"]["TaskDto"];
        };
        TaskRiskDto: {
            risk_factors: components["schemas"]["RiskFactorDto"][];
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            /** @description The sum of the risk factors’ points */
            risk_score: number;
        };
        TokenPairDto: {
            access_token: string;
            /** @description Access-token lifetime in seconds */
            expires_in: number;
            refresh_token: string;
            /** @enum {string} */
            token_type: "bearer";
            user: components["schemas"]["UserSummaryDto"];
        };
        TreeTaskDto: {
            /** @example 42 */
            assignee_id: number | null;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            progress_percentage: number;
            /** @enum {string} */
            status: "To Do" | "In Progress" | "Done";
            title: string;
        };
        UnreadCountDto: {
            /** @example 3 */
            count: number;
        };
        UpdateLabelDto: {
            color?: string;
            name?: string;
        };
        UpdateNotificationPreferencesDto: {
            comment_added?: boolean;
            issue_assigned?: boolean;
            issue_resolved?: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @enum {boolean}
             */
            mention?: true;
            new_issue?: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @enum {boolean}
             */
            org_invitation?: true;
            sprint_at_risk?: boolean;
            status_changed?: boolean;
            /**
             * @description Cannot be switched off (false is a 422)
             * @enum {boolean}
             */
            task_assigned?: true;
            task_at_risk?: boolean;
        };
        UpdatePlanItemDto: {
            /** @description null clears it */
            description?: string | null;
            name?: string;
            order?: number;
        };
        UpdateProfileDto: {
            /**
             * Format: uri
             * @description An https:// URL; null removes it
             */
            avatar_url?: string | null;
            username?: string;
        };
        UpdateProjectDto: {
            /** @description null clears it */
            description?: string | null;
            name?: string;
        };
        UpdateSprintDto: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            end_date?: string;
            goal?: string | null;
            name?: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            start_date?: string;
        };
        UpdateTaskDto: {
            /** @description A project member; null unassigns */
            assigned_to?: number | null;
            description?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-02T09:30:00.000Z
             */
            due_date?: string | null;
            estimate_hours?: number | null;
            /** @description The whole label set: labels of the same project (else 422); [] removes every label */
            label_ids?: string[];
            priority?: number;
            progress_percentage?: number;
            /**
             * Format: uuid
             * @description A planned or active sprint of the same project (else 422); null moves the task to the backlog
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            sprint_id?: string | null;
            /** @enum {string} */
            status?: "To Do" | "In Progress" | "Done";
            story_points?: number | null;
            title?: string;
        };
        UserSummaryDto: {
            avatar_url: string | null;
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            /** @example 42 */
            id: number;
            /** @description Role in the default organization */
            role: string | null;
            username: string;
        };
        VelocityDto: {
            /** @description null while the project has no completed sprint */
            average_completed_points: number | null;
            /** @description Completed sprints, newest first */
            sprints: components["schemas"]["VelocitySprintDto"][];
        };
        VelocitySprintDto: {
            committed_points: number;
            completed_points: number;
            /**
             * Format: uuid
             * @example 6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60
             */
            id: string;
            name: string;
        };
        WatcherDto: {
            /** @example 42 */
            user_id: number;
            username: string;
        };
    };
    responses: {
        /** @description The database is unreachable or timed out (SERVICE_UNAVAILABLE) */
        DatabaseUnavailable: {
            headers: {
                /** @description Seconds to wait before retrying */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/service-unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The database is unreachable or timed out",
                 *       "instance": "/api/v1/...",
                 *       "code": "SERVICE_UNAVAILABLE",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "SERVICE_UNAVAILABLE";
                    /** @enum {integer} */
                    status?: 503;
                };
            };
        };
        /** @description The request line and headers exceed HTTP_MAX_HEADER_BYTES (HEADERS_TOO_LARGE) */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/headers-too-large",
                 *       "title": "Headers too large",
                 *       "status": 431,
                 *       "detail": "HEADERS_TOO_LARGE",
                 *       "instance": "/api/v1/...",
                 *       "code": "HEADERS_TOO_LARGE",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "HEADERS_TOO_LARGE";
                    /** @enum {integer} */
                    status?: 431;
                };
            };
        };
        /** @description Body larger than 1 MB (PAYLOAD_TOO_LARGE) */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "Body larger than 1 MB",
                 *       "instance": "/api/v1/...",
                 *       "code": "PAYLOAD_TOO_LARGE",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "PAYLOAD_TOO_LARGE";
                    /** @enum {integer} */
                    status?: 413;
                };
            };
        };
        /** @description Too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE) (RATE_LIMITED) */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/rate-limited",
                 *       "title": "Rate limited",
                 *       "status": 429,
                 *       "detail": "Too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE)",
                 *       "instance": "/api/v1/...",
                 *       "code": "RATE_LIMITED",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "RATE_LIMITED";
                    /** @enum {integer} */
                    status?: 429;
                };
            };
        };
        /** @description No operation has this path (ROUTE_NOT_FOUND) */
        RouteNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/route-not-found",
                 *       "title": "Route not found",
                 *       "status": 404,
                 *       "detail": "Not found, or not visible to the caller",
                 *       "instance": "/api/v1/...",
                 *       "code": "ROUTE_NOT_FOUND",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "ROUTE_NOT_FOUND";
                    /** @enum {integer} */
                    status?: 404;
                };
            };
        };
        /** @description Missing, invalid, expired or revoked access token (UNAUTHORIZED) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "Missing, invalid, expired or revoked access token",
                 *       "instance": "/api/v1/...",
                 *       "code": "UNAUTHORIZED",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "UNAUTHORIZED";
                    /** @enum {integer} */
                    status?: 401;
                };
            };
        };
        /** @description Unexpected error (its details are logged, never sent) (INTERNAL_ERROR) */
        UnexpectedError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/internal-error",
                 *       "title": "Internal error",
                 *       "status": 500,
                 *       "detail": "Unexpected error (its details are logged, never sent)",
                 *       "instance": "/api/v1/...",
                 *       "code": "INTERNAL_ERROR",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "INTERNAL_ERROR";
                    /** @enum {integer} */
                    status?: 500;
                };
            };
        };
        /** @description The body could not be read as JSON (MALFORMED_JSON, INVALID_UTF8, JSON_TOO_DEEP, CONTENT_ENCODING_MISMATCH, BAD_REQUEST) */
        UnreadableBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/malformed-json",
                 *       "title": "Malformed json",
                 *       "status": 400,
                 *       "detail": "The body could not be read as JSON",
                 *       "instance": "/api/v1/...",
                 *       "code": "MALFORMED_JSON",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "MALFORMED_JSON" | "INVALID_UTF8" | "JSON_TOO_DEEP" | "CONTENT_ENCODING_MISMATCH" | "BAD_REQUEST";
                    /** @enum {integer} */
                    status?: 400;
                };
            };
        };
        /** @description Body is not UTF-8 JSON (UNSUPPORTED_MEDIA_TYPE) */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "Body is not UTF-8 JSON",
                 *       "instance": "/api/v1/...",
                 *       "code": "UNSUPPORTED_MEDIA_TYPE",
                 *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["ProblemDetails"] & {
                    /** @enum {string} */
                    code?: "UNSUPPORTED_MEDIA_TYPE";
                    /** @enum {integer} */
                    status?: 415;
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Root_root: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RootResponseDto"];
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            default: components["responses"]["UnexpectedError"];
        };
    };
    Ai_discover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscoverProjectDto"];
            };
        };
        responses: {
            /** @description A new project in the caller's organization, created from a drafted plan */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveredProjectDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            /** @description More than AI_REQUESTS_PER_MINUTE planning requests this minute (TOO_MANY_REQUESTS); too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE) (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than AI_REQUESTS_PER_MINUTE planning requests this minute",
                     *       "instance": "/api/v1/...",
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS" | "RATE_LIMITED";
                        /** @enum {integer} */
                        status?: 429;
                    };
                };
            };
            /** @description The provider could not be reached, failed or refused (AI_PROVIDER_ERROR); no valid plan after one corrective retry; `errors` lists what was wrong (AI_INVALID_OUTPUT) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-provider-error",
                     *       "title": "Ai provider error",
                     *       "status": 502,
                     *       "detail": "The provider could not be reached, failed or refused",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_PROVIDER_ERROR",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_PROVIDER_ERROR" | "AI_INVALID_OUTPUT";
                        /** @enum {integer} */
                        status?: 502;
                    };
                };
            };
            /** @description No provider is configured (AI_BASE_URL, AI_MODEL) (AI_NOT_CONFIGURED); the provider answered 429 (AI_PROVIDER_RATE_LIMITED); the database is unreachable or timed out (SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-not-configured",
                     *       "title": "Ai not configured",
                     *       "status": 503,
                     *       "detail": "No provider is configured (AI_BASE_URL, AI_MODEL)",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_NOT_CONFIGURED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_NOT_CONFIGURED" | "AI_PROVIDER_RATE_LIMITED" | "SERVICE_UNAVAILABLE";
                        /** @enum {integer} */
                        status?: 503;
                    };
                };
            };
            /** @description The provider did not answer within AI_TIMEOUT_MS (AI_TIMEOUT) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-timeout",
                     *       "title": "Ai timeout",
                     *       "status": 504,
                     *       "detail": "The provider did not answer within AI_TIMEOUT_MS",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_TIMEOUT",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_TIMEOUT";
                        /** @enum {integer} */
                        status?: 504;
                    };
                };
            };
            default: components["responses"]["UnexpectedError"];
        };
    };
    Ai_draft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftPlanDto"];
            };
        };
        responses: {
            /** @description A draft plan; nothing is written */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDraftDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            /** @description More than AI_REQUESTS_PER_MINUTE planning requests this minute (TOO_MANY_REQUESTS); too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE) (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than AI_REQUESTS_PER_MINUTE planning requests this minute",
                     *       "instance": "/api/v1/...",
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS" | "RATE_LIMITED";
                        /** @enum {integer} */
                        status?: 429;
                    };
                };
            };
            /** @description The provider could not be reached, failed or refused (AI_PROVIDER_ERROR); no valid plan after one corrective retry; `errors` lists what was wrong (AI_INVALID_OUTPUT) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-provider-error",
                     *       "title": "Ai provider error",
                     *       "status": 502,
                     *       "detail": "The provider could not be reached, failed or refused",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_PROVIDER_ERROR",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_PROVIDER_ERROR" | "AI_INVALID_OUTPUT";
                        /** @enum {integer} */
                        status?: 502;
                    };
                };
            };
            /** @description No provider is configured (AI_BASE_URL, AI_MODEL) (AI_NOT_CONFIGURED); the provider answered 429 (AI_PROVIDER_RATE_LIMITED); the database is unreachable or timed out (SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-not-configured",
                     *       "title": "Ai not configured",
                     *       "status": 503,
                     *       "detail": "No provider is configured (AI_BASE_URL, AI_MODEL)",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_NOT_CONFIGURED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_NOT_CONFIGURED" | "AI_PROVIDER_RATE_LIMITED" | "SERVICE_UNAVAILABLE";
                        /** @enum {integer} */
                        status?: 503;
                    };
                };
            };
            /** @description The provider did not answer within AI_TIMEOUT_MS (AI_TIMEOUT) */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/ai-timeout",
                     *       "title": "Ai timeout",
                     *       "status": 504,
                     *       "detail": "The provider did not answer within AI_TIMEOUT_MS",
                     *       "instance": "/api/v1/...",
                     *       "code": "AI_TIMEOUT",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "AI_TIMEOUT";
                        /** @enum {integer} */
                        status?: 504;
                    };
                };
            };
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_demoLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signs in to a seeded demo workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Demo login is disabled (ALLOW_DEMO_LOGIN) (DEMO_LOGIN_DISABLED) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/demo-login-disabled",
                     *       "title": "Demo login disabled",
                     *       "status": 404,
                     *       "detail": "Demo login is disabled (ALLOW_DEMO_LOGIN)",
                     *       "instance": "/api/v1/...",
                     *       "code": "DEMO_LOGIN_DISABLED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "DEMO_LOGIN_DISABLED";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            /** @description Unknown email or wrong password (indistinguishable) (INVALID_CREDENTIALS) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-credentials",
                     *       "title": "Invalid credentials",
                     *       "status": 401,
                     *       "detail": "Unknown email or wrong password (indistinguishable)",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_CREDENTIALS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVALID_CREDENTIALS";
                        /** @enum {integer} */
                        status?: 401;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            /** @description Too many failed attempts for this email or address (TOO_MANY_REQUESTS); too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE) (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many failed attempts for this email or address",
                     *       "instance": "/api/v1/...",
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS" | "RATE_LIMITED";
                        /** @enum {integer} */
                        status?: 429;
                    };
                };
            };
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The session of this refresh token is revoked */
            204: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_logoutAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every refresh token and every access token issued so far are revoked; live sockets are disconnected */
            204: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            /** @description Unknown, expired, revoked or reused refresh token (reuse revokes its session) (REFRESH_TOKEN_INVALID) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/refresh-token-invalid",
                     *       "title": "Refresh token invalid",
                     *       "status": 401,
                     *       "detail": "Unknown, expired, revoked or reused refresh token (reuse revokes its session)",
                     *       "instance": "/api/v1/...",
                     *       "code": "REFRESH_TOKEN_INVALID",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "REFRESH_TOKEN_INVALID";
                        /** @enum {integer} */
                        status?: 401;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description Also creates the organization "<username>'s Team" */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            /** @description Conflicts with the current state (EMAIL_TAKEN, USERNAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/email-taken",
                     *       "title": "Email taken",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state",
                     *       "instance": "/api/v1/...",
                     *       "code": "EMAIL_TAKEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "EMAIL_TAKEN" | "USERNAME_TAKEN";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_listChannels: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization’s public channels and the caller’s private ones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_createChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelDto"];
            };
        };
        responses: {
            /** @description In the organization the request acts in; the creator is a member */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_join: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such channel in the caller’s organizations, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/channel-not-found",
                     *       "title": "Channel not found",
                     *       "status": 404,
                     *       "detail": "No such channel in the caller’s organizations, or a private channel the caller does not belong to",
                     *       "instance": "/api/v1/...",
                     *       "code": "CHANNEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "CHANNEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The id is not a positive integer (VALIDATION_FAILED); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelMessageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such channel in the caller’s organizations, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/channel-not-found",
                     *       "title": "Channel not found",
                     *       "status": 404,
                     *       "detail": "No such channel in the caller’s organizations, or a private channel the caller does not belong to",
                     *       "instance": "/api/v1/...",
                     *       "code": "CHANNEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "CHANNEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The id is not a positive integer (VALIDATION_FAILED); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_channelMessages: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A public channel the caller has not joined (NOT_A_CHANNEL_MEMBER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-a-channel-member",
                     *       "title": "Not a channel member",
                     *       "status": 403,
                     *       "detail": "A public channel the caller has not joined",
                     *       "instance": "/api/v1/...",
                     *       "code": "NOT_A_CHANNEL_MEMBER",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "NOT_A_CHANNEL_MEMBER";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description No such channel in the caller’s organizations, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/channel-not-found",
                     *       "title": "Channel not found",
                     *       "status": 404,
                     *       "detail": "No such channel in the caller’s organizations, or a private channel the caller does not belong to",
                     *       "instance": "/api/v1/...",
                     *       "code": "CHANNEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "CHANNEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The id is not a positive integer (VALIDATION_FAILED); the cursor is not one this list issued (INVALID_CURSOR) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_postToChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            /** @description Broadcast as `message` to `channel:<id>` after commit */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A public channel the caller has not joined (NOT_A_CHANNEL_MEMBER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-a-channel-member",
                     *       "title": "Not a channel member",
                     *       "status": 403,
                     *       "detail": "A public channel the caller has not joined",
                     *       "instance": "/api/v1/...",
                     *       "code": "NOT_A_CHANNEL_MEMBER",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "NOT_A_CHANNEL_MEMBER";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description No such channel in the caller’s organizations, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/channel-not-found",
                     *       "title": "Channel not found",
                     *       "status": 404,
                     *       "detail": "No such channel in the caller’s organizations, or a private channel the caller does not belong to",
                     *       "instance": "/api/v1/...",
                     *       "code": "CHANNEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "CHANNEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The id is not a positive integer (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_conversations: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_directMessages: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not an active member of the organization the request acts in (USER_NOT_FOUND); X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/user-not-found",
                     *       "title": "User not found",
                     *       "status": 404,
                     *       "detail": "Not an active member of the organization the request acts in",
                     *       "instance": "/api/v1/...",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The user_id is not a positive integer (VALIDATION_FAILED); the cursor is not one this list issued (INVALID_CURSOR) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The user_id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_sendDirect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            /** @description Broadcast as `message` to `user:<sender>` and `user:<recipient>` */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not an active member of the organization the request acts in (USER_NOT_FOUND); X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/user-not-found",
                     *       "title": "User not found",
                     *       "status": 404,
                     *       "detail": "Not an active member of the organization the request acts in",
                     *       "instance": "/api/v1/...",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The user_id is not a positive integer; the recipient is the caller (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The user_id is not a positive integer; the recipient is the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_onlineUsers: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members of the organization who are online or away */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnlineUserPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Chat_search: {
        parameters: {
            query: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Text to find (case-insensitive); % and _ match themselves */
                query: string;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; the caller’s channels and direct messages in the organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the author, the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the author, the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (COMMENT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/comment-not-found",
                     *       "title": "Comment not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "COMMENT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "COMMENT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                comment_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBodyDto"];
            };
        };
        responses: {
            /** @description Sets `edited`; only members newly mentioned are notified */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is not the author (NOT_THE_COMMENT_AUTHOR) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-the-comment-author",
                     *       "title": "Not the comment author",
                     *       "status": 403,
                     *       "detail": "The caller is not the author",
                     *       "instance": "/api/v1/...",
                     *       "code": "NOT_THE_COMMENT_AUTHOR",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "NOT_THE_COMMENT_AUTHOR";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (COMMENT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/comment-not-found",
                     *       "title": "Comment not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "COMMENT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "COMMENT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_removeEpic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                epic_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (EPIC_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/epic-not-found",
                     *       "title": "Epic not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "EPIC_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "EPIC_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_updateEpic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                epic_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanItemDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (EPIC_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/epic-not-found",
                     *       "title": "Epic not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "EPIC_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "EPIC_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_createStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                epic_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanItemDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (EPIC_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/epic-not-found",
                     *       "title": "Epic not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "EPIC_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "EPIC_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Events_list: {
        parameters: {
            query?: {
                /** @description Return events after this one: the `event_id` of the last event received, or `next_cursor` */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In delivery order; pass next_cursor (or the last event_id) as `after` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description after is not an event id, or limit is out of range (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "after is not an event id, or limit is out of range",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueDto"];
            };
        };
        responses: {
            /** @description Notifies the project owner unless they reported it */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description project_id names no project the caller is a member of (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "project_id names no project the caller is a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields, or task_id is not a task of the project (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields, or task_id is not a task of the project",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Activity_issue: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ActivityDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignIssueDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The issue’s status does not allow this action (INVALID_ISSUE_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-issue-transition",
                     *       "title": "Invalid issue transition",
                     *       "status": 409,
                     *       "detail": "The issue’s status does not allow this action",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_ISSUE_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["IssueTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_ISSUE_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description assignee_id is not a member of the project’s organization (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "assignee_id is not a member of the project’s organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The issue’s status does not allow this action (INVALID_ISSUE_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-issue-transition",
                     *       "title": "Invalid issue transition",
                     *       "status": 409,
                     *       "detail": "The issue’s status does not allow this action",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_ISSUE_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["IssueTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_ISSUE_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_issueComments: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["CommentDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_commentIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBodyDto"];
            };
        };
        responses: {
            /** @description Notifies each mentioned member (`mention`) and every other watcher (`comment_added`), never the author; the author starts watching */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The issue’s status does not allow this action (INVALID_ISSUE_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-issue-transition",
                     *       "title": "Invalid issue transition",
                     *       "status": 409,
                     *       "detail": "The issue’s status does not allow this action",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_ISSUE_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["IssueTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_ISSUE_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveIssueDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The issue’s status does not allow this action (INVALID_ISSUE_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-issue-transition",
                     *       "title": "Invalid issue transition",
                     *       "status": 409,
                     *       "detail": "The issue’s status does not allow this action",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_ISSUE_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["IssueTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_ISSUE_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_watchIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller watches it (already watching is not an error) */
            204: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_unwatchIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller no longer watches it (not watching is not an error) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_issueWatchers: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                issue_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["WatcherDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (ISSUE_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/issue-not-found",
                     *       "title": "Issue not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "ISSUE_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ISSUE_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Issues_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                issue_type?: "blocker" | "bug" | "question";
                limit?: number;
                priority?: "low" | "medium" | "high" | "critical";
                /** @description Offset; not combinable with cursor */
                skip?: number;
                status?: "open" | "in_progress" | "resolved" | "closed";
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["IssueDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Labels_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                label_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the tasks that carried it lose it (recorded in their history) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (LABEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/label-not-found",
                     *       "title": "Label not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "LABEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "LABEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Labels_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                label_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLabelDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (LABEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/label-not-found",
                     *       "title": "Label not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "LABEL_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "LABEL_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The project already has a label of that name, in any case (LABEL_NAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/label-name-taken",
                     *       "title": "Label name taken",
                     *       "status": 409,
                     *       "detail": "The project already has a label of that name, in any case",
                     *       "instance": "/api/v1/...",
                     *       "code": "LABEL_NAME_TAKEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "LABEL_NAME_TAKEN";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
                /** @description Only unread notifications */
                unread_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationMessageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such notification, or it belongs to another user (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/notification-not-found",
                     *       "title": "Notification not found",
                     *       "status": 404,
                     *       "detail": "No such notification, or it belongs to another user",
                     *       "instance": "/api/v1/...",
                     *       "code": "NOTIFICATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The id is not a positive integer (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_markRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationMessageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such notification, or it belongs to another user (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/notification-not-found",
                     *       "title": "Notification not found",
                     *       "status": 404,
                     *       "detail": "No such notification, or it belongs to another user",
                     *       "instance": "/api/v1/...",
                     *       "code": "NOTIFICATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The id is not a positive integer (VALIDATION_FAILED); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_markAllRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkAllReadDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every notification type: received (true) or switched off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description The preferences after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Not a boolean, an unknown type, or a mandatory type switched off (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Not a boolean, an unknown type, or a mandatory type switched off",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Notifications_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["OrganizationListItemDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is not the organization owner (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is not the organization owner",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The email already has an account (invite it instead) (EMAIL_TAKEN); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS); conflicts with the current state (USERNAME_TAKEN) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/email-taken",
                     *       "title": "Email taken",
                     *       "status": 409,
                     *       "detail": "The email already has an account (invite it instead)",
                     *       "instance": "/api/v1/...",
                     *       "code": "EMAIL_TAKEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "EMAIL_TAKEN" | "USERNAME_TAKEN" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller already owns an organization (ALREADY_OWNS_ORGANIZATION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/already-owns-organization",
                     *       "title": "Already owns organization",
                     *       "status": 409,
                     *       "detail": "The caller already owns an organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "ALREADY_OWNS_ORGANIZATION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ALREADY_OWNS_ORGANIZATION" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Invitations_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
                status?: "pending" | "accepted" | "declined" | "revoked" | "expired";
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["InvitationDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The caller is neither the organization owner nor a manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is neither the organization owner nor a manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Invitations_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            /** @description Also for an address without an account (answered alike); an account is notified (org_invitation) */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is not the organization owner (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is not the organization owner",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The address belongs to a member already (ALREADY_MEMBER); the address has a pending invitation already (INVITATION_PENDING); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/already-member",
                     *       "title": "Already member",
                     *       "status": 409,
                     *       "detail": "The address belongs to a member already",
                     *       "instance": "/api/v1/...",
                     *       "code": "ALREADY_MEMBER",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ALREADY_MEMBER" | "INVITATION_PENDING" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Invitations_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The caller is neither the organization owner nor a manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is neither the organization owner nor a manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description No such invitation in the organization (INVITATION_NOT_FOUND); X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-not-found",
                     *       "title": "Invitation not found",
                     *       "status": 404,
                     *       "detail": "No such invitation in the organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description It was already accepted, declined, revoked or it expired (INVITATION_NOT_PENDING) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-not-pending",
                     *       "title": "Invitation not pending",
                     *       "status": 409,
                     *       "detail": "It was already accepted, declined, revoked or it expired",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_NOT_PENDING",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_NOT_PENDING";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Joined; the organization becomes the caller’s default */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such invitation to the caller’s email address (INVITATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-not-found",
                     *       "title": "Invitation not found",
                     *       "status": 404,
                     *       "detail": "No such invitation to the caller’s email address",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description It expired (INVITATION_TTL_DAYS) (INVITATION_EXPIRED); it was already accepted, declined or revoked (INVITATION_NOT_PENDING); the caller is a member already (ALREADY_MEMBER); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-expired",
                     *       "title": "Invitation expired",
                     *       "status": 409,
                     *       "detail": "It expired (INVITATION_TTL_DAYS)",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_EXPIRED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_EXPIRED" | "INVITATION_NOT_PENDING" | "ALREADY_MEMBER" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Invitations_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such invitation to the caller’s email address (INVITATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-not-found",
                     *       "title": "Invitation not found",
                     *       "status": 404,
                     *       "detail": "No such invitation to the caller’s email address",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description It expired (INVITATION_TTL_DAYS) (INVITATION_EXPIRED); it was already accepted, declined or revoked (INVITATION_NOT_PENDING); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-expired",
                     *       "title": "Invitation expired",
                     *       "status": 409,
                     *       "detail": "It expired (INVITATION_TTL_DAYS)",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_EXPIRED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_EXPIRED" | "INVITATION_NOT_PENDING" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left; the caller’s open tasks and unresolved issues there were unassigned */
            204: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The owner cannot leave (OWNER_CANNOT_LEAVE); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/owner-cannot-leave",
                     *       "title": "Owner cannot leave",
                     *       "status": 409,
                     *       "detail": "The owner cannot leave",
                     *       "instance": "/api/v1/...",
                     *       "code": "OWNER_CANNOT_LEAVE",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "OWNER_CANNOT_LEAVE" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_members: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["MemberDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_changeRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is neither the organization owner nor a manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is neither the organization owner nor a manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not a member of the organization (USER_NOT_FOUND); X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/user-not-found",
                     *       "title": "User not found",
                     *       "status": 404,
                     *       "detail": "Not a member of the organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The owner’s role cannot change (OWNER_ROLE_FIXED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/owner-role-fixed",
                     *       "title": "Owner role fixed",
                     *       "status": 409,
                     *       "detail": "The owner’s role cannot change",
                     *       "instance": "/api/v1/...",
                     *       "code": "OWNER_ROLE_FIXED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "OWNER_ROLE_FIXED";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The user_id is not a positive integer (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The user_id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_myOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization the request acts in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Organizations_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; their open tasks and unresolved issues were unassigned */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description The caller is not the organization owner (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The caller is not the organization owner",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not a member of the organization (USER_NOT_FOUND); X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/user-not-found",
                     *       "title": "User not found",
                     *       "status": 404,
                     *       "detail": "Not a member of the organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The owner cannot remove themselves (CANNOT_REMOVE_SELF) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/cannot-remove-self",
                     *       "title": "Cannot remove self",
                     *       "status": 409,
                     *       "detail": "The owner cannot remove themselves",
                     *       "instance": "/api/v1/...",
                     *       "code": "CANNOT_REMOVE_SELF",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "CANNOT_REMOVE_SELF";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The user_id is not a positive integer (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The user_id is not a positive integer",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Projects_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: {
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every organization of the caller, or only the one X-Organization-Id names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ProjectDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Projects_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
                /** @description The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; a malformed id is a 422). Without it: the caller’s default organization. */
                "X-Organization-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description In the organization the request acts in */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description X-Organization-Id names an organization the caller is not a member of (ORGANIZATION_NOT_FOUND); the caller belongs to no organization (NO_ORGANIZATION) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "X-Organization-Id names an organization the caller is not a member of",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND" | "NO_ORGANIZATION";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Projects_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Projects_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Projects_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Risk_detectProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scans one project now */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectDelaysDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_tree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole ordered tree (not paginated) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpicTreeDto"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_createEpic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanItemDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Labels_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["LabelDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Labels_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLabelDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The project already has a label of that name, in any case (LABEL_NAME_TAKEN); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/label-name-taken",
                     *       "title": "Label name taken",
                     *       "status": 409,
                     *       "detail": "The project already has a label of that name, in any case",
                     *       "instance": "/api/v1/...",
                     *       "code": "LABEL_NAME_TAKEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "LABEL_NAME_TAKEN" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Ai_apply: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A project plan: epics, their stories, and the stories’ tasks, in the order they should be worked on */
                    plan: {
                        /** @description What the project is for; may be empty */
                        description: string;
                        epics: {
                            /** @description What the epic delivers; may be empty */
                            description: string;
                            /** @description Short name of the epic */
                            name: string;
                            stories: {
                                /** @description The story, e.g. "As a ... I want ... so that ..."; may be empty */
                                description: string;
                                /** @description Short name of the story */
                                name: string;
                                tasks: {
                                    /** @description How to do it and when it is done; may be empty */
                                    description: string;
                                    /** @description Estimated effort in hours, or null when unknown */
                                    estimate_hours: number | null;
                                    /** @description Relative size in story points (for example 1, 2, 3, 5, 8, 13), or null when unknown */
                                    story_points: number | null;
                                    /** @description What is to be done, as an imperative phrase */
                                    title: string;
                                }[];
                            }[];
                        }[];
                        /** @description Short name of the project */
                        name: string;
                    };
                };
            };
        };
        responses: {
            /** @description The project's whole epic tree; the plan's epics follow the existing ones */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpicTreeDto"][];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The plan breaks the plan schema (limits, lengths, hours, points); `errors` names each place (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "The plan breaks the plan schema (limits, lengths, hours, points); `errors` names each place",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Risk_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRiskSummaryDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
                status?: "planned" | "active" | "completed";
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["SprintDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSprintDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields, end_date before start_date, or longer than the longest sprint (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields, end_date before start_date, or longer than the longest sprint",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    SprintReports_standup: {
        parameters: {
            query?: {
                /** @description Default: 24 hours ago */
                since?: string;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandupDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_list: {
        parameters: {
            query?: {
                assignee_id?: number;
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                /** @description Tasks carrying this label */
                label_id?: string;
                limit?: number;
                risk_level?: "low" | "medium" | "high";
                /** @description Offset; not combinable with cursor */
                skip?: number;
                /** @description A sprint id, or `none` for the backlog */
                sprint_id?: string;
                status?: "To Do" | "In Progress" | "Done";
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["TaskDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    SprintReports_velocity: {
        parameters: {
            query?: {
                /** @description How many completed sprints */
                last?: number;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VelocityDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Risk_detectMine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scans the caller's projects now */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectDelaysDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMessageDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description status Done on a task assigned to another member, by a caller who does not own the project (TASK_NOT_ASSIGNED_TO_YOU) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-assigned-to-you",
                     *       "title": "Task not assigned to you",
                     *       "status": 403,
                     *       "detail": "status Done on a task assigned to another member, by a caller who does not own the project",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_ASSIGNED_TO_YOU",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_ASSIGNED_TO_YOU";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields; a story, sprint or label of another project; a completed sprint; an assignee who is not a member",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Activity_task: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ActivityDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_taskComments: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["CommentDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Comments_commentTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBodyDto"];
            };
        };
        responses: {
            /** @description Notifies each mentioned member (`mention`) and every other watcher (`comment_added`), never the author; the author starts watching */
            201: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteTaskResponseDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Assigned to another member, and the caller does not own the project (TASK_NOT_ASSIGNED_TO_YOU) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-assigned-to-you",
                     *       "title": "Task not assigned to you",
                     *       "status": 403,
                     *       "detail": "Assigned to another member, and the caller does not own the project",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_ASSIGNED_TO_YOU",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_ASSIGNED_TO_YOU";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The task is already Done (TASK_ALREADY_DONE); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-already-done",
                     *       "title": "Task already done",
                     *       "status": 409,
                     *       "detail": "The task is already Done",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_ALREADY_DONE",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_ALREADY_DONE" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Risk_taskRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRiskDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMessageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Not To Do, or assigned to another member (a concurrent start won) (TASK_NOT_STARTABLE); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-startable",
                     *       "title": "Task not startable",
                     *       "status": 409,
                     *       "detail": "Not To Do, or assigned to another member (a concurrent start won)",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_STARTABLE",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_STARTABLE" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_watchTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller watches it (already watching is not an error) */
            204: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_unwatchTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller no longer watches it (not watching is not an error) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Watchers_taskWatchers: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["WatcherDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (TASK_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/task-not-found",
                     *       "title": "Task not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "TASK_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Tasks_bulkAssign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignResponseDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/idempotency-in-progress",
                     *       "title": "Idempotency in progress",
                     *       "status": 409,
                     *       "detail": "A request with the same Idempotency-Key is still running (Retry-After: 1)",
                     *       "instance": "/api/v1/...",
                     *       "code": "IDEMPOTENCY_IN_PROGRESS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Lists every id that is not a task the caller can see, and an assignee who is not a member; nothing was assigned (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Lists every id that is not a task the caller can see, and an assignee who is not a member; nothing was assigned",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Search_find: {
        parameters: {
            query: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Only this project (one of the caller’s) */
                project_id?: string;
                /** @description Words (each also matches as a prefix), "quoted phrases", -excluded words, `or` between alternatives */
                q: string;
                /** @description Offset; not combinable with cursor */
                skip?: number;
                /** @description Comma-separated: task, issue, comment (default all) */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Most relevant first; only the caller’s projects */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPageDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description project_id is not one of the caller’s projects (PROJECT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/project-not-found",
                     *       "title": "Project not found",
                     *       "status": 404,
                     *       "detail": "project_id is not one of the caller’s projects",
                     *       "instance": "/api/v1/...",
                     *       "code": "PROJECT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "PROJECT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description q missing, longer than 200 characters or without a word; an unknown type; cursor with skip (VALIDATION_FAILED); the cursor is not one this list issued (INVALID_CURSOR) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "q missing, longer than 200 characters or without a word; an unknown type; cursor with skip",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its tasks went back to the backlog */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Only a planned sprint can be deleted (INVALID_SPRINT_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-sprint-transition",
                     *       "title": "Invalid sprint transition",
                     *       "status": 409,
                     *       "detail": "Only a planned sprint can be deleted",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_SPRINT_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & components["schemas"]["SprintTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_SPRINT_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSprintDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-completed",
                     *       "title": "Sprint completed",
                     *       "status": 409,
                     *       "detail": "The sprint is completed",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_COMPLETED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_COMPLETED";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields, or the dates would end before they start (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields, or the dates would end before they start",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    SprintReports_burndown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description From the recorded history: exact under scope changes, re-estimates and reopened tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BurndownDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteSprintDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteSprintResponseDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Only an active sprint can be completed (INVALID_SPRINT_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-sprint-transition",
                     *       "title": "Invalid sprint transition",
                     *       "status": 409,
                     *       "detail": "Only an active sprint can be completed",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_SPRINT_TRANSITION",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["SprintTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_SPRINT_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description carry_over_to is not backlog or a planned sprint of the same project (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "carry_over_to is not backlog or a planned sprint of the same project",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    SprintReports_forecast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSprintDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintPlanDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-completed",
                     *       "title": "Sprint completed",
                     *       "status": 409,
                     *       "detail": "The sprint is completed",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_COMPLETED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_COMPLETED" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Invalid fields, or no capacity_points and no completed sprint to take a velocity from (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Invalid fields, or no capacity_points and no completed sprint to take a velocity from",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Another sprint of the project is active (SPRINT_ALREADY_ACTIVE); only a planned sprint can be started (INVALID_SPRINT_TRANSITION); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-already-active",
                     *       "title": "Sprint already active",
                     *       "status": 409,
                     *       "detail": "Another sprint of the project is active",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_ALREADY_ACTIVE",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": (components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_ALREADY_ACTIVE" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    }) | (components["schemas"]["ProblemDetails"] & components["schemas"]["SprintTransitionProblemDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_SPRINT_TRANSITION";
                        /** @enum {integer} */
                        status?: 409;
                    });
                };
            };
            /** @description The Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_addTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the same transaction. A retry with the same key and body gets that response (with `Idempotency-Replay: true`) and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not stored: they changed nothing, and a retry runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                sprint_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SprintTasksDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` */
                    "Idempotency-Replay"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintTasksResponseDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED); A request with the same Idempotency-Key is still running (Retry-After: 1) (IDEMPOTENCY_IN_PROGRESS) */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-completed",
                     *       "title": "Sprint completed",
                     *       "status": 409,
                     *       "detail": "The sprint is completed",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_COMPLETED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_COMPLETED" | "IDEMPOTENCY_IN_PROGRESS";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Lists every id that is not a task of the project or is Done; nothing was added (VALIDATION_FAILED); A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); the Idempotency-Key was used with another method, route or body (IDEMPOTENCY_KEY_REUSED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Lists every id that is not a task of the project or is Done; nothing was added",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Sprints_removeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sprint_id: string;
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task went back to the backlog */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such task in the sprint (TASK_NOT_FOUND); not found, or not visible to the caller (SPRINT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-not-found",
                     *       "title": "Sprint not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_NOT_FOUND" | "TASK_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/sprint-completed",
                     *       "title": "Sprint completed",
                     *       "status": 409,
                     *       "detail": "The sprint is completed",
                     *       "instance": "/api/v1/...",
                     *       "code": "SPRINT_COMPLETED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "SPRINT_COMPLETED";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_removeStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                story_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the project owner or an organization owner or manager (FORBIDDEN) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Only the project owner or an organization owner or manager",
                     *       "instance": "/api/v1/...",
                     *       "code": "FORBIDDEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                        /** @enum {integer} */
                        status?: 403;
                    };
                };
            };
            /** @description Not found, or not visible to the caller (STORY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/story-not-found",
                     *       "title": "Story not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "STORY_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "STORY_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Plan_updateStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                story_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanItemDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Not found, or not visible to the caller (STORY_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/story-not-found",
                     *       "title": "Story not found",
                     *       "status": 404,
                     *       "detail": "Not found, or not visible to the caller",
                     *       "instance": "/api/v1/...",
                     *       "code": "STORY_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "STORY_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Users_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Users_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description Conflicts with the current state (USERNAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/username-taken",
                     *       "title": "Username taken",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state",
                     *       "instance": "/api/v1/...",
                     *       "code": "USERNAME_TAKEN",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "USERNAME_TAKEN";
                        /** @enum {integer} */
                        status?: 409;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    MyOrganizations_setDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefaultOrganizationDto"];
            };
        };
        responses: {
            /** @description Requests without X-Organization-Id now act in it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            401: components["responses"]["Unauthorized"];
            /** @description The caller is not a member of that organization (ORGANIZATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/organization-not-found",
                     *       "title": "Organization not found",
                     *       "status": 404,
                     *       "detail": "The caller is not a member of that organization",
                     *       "instance": "/api/v1/...",
                     *       "code": "ORGANIZATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "ORGANIZATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    MyOrganizations_invitationsOf: {
        parameters: {
            query?: {
                /** @description Opaque cursor taken from next_cursor; not combinable with skip */
                cursor?: string;
                limit?: number;
                /** @description Offset; not combinable with cursor */
                skip?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["InvitationDto"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The cursor is not one this list issued (INVALID_CURSOR); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    MyOrganizations_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitation_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Any status (the link of an org_invitation notification) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No such invitation to the caller’s email address (INVITATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invitation-not-found",
                     *       "title": "Invitation not found",
                     *       "status": 404,
                     *       "detail": "No such invitation to the caller’s email address",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVITATION_NOT_FOUND",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVITATION_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 404;
                    };
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Account_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description A fresh pair; every other session (refresh tokens, earlier access tokens, sockets) is revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            400: components["responses"]["UnreadableBody"];
            /** @description The current password is wrong (INVALID_CREDENTIALS); missing, invalid, expired or revoked access token (UNAUTHORIZED) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/invalid-credentials",
                     *       "title": "Invalid credentials",
                     *       "status": 401,
                     *       "detail": "The current password is wrong",
                     *       "instance": "/api/v1/...",
                     *       "code": "INVALID_CREDENTIALS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "INVALID_CREDENTIALS" | "UNAUTHORIZED";
                        /** @enum {integer} */
                        status?: 401;
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A record the body names was deleted meanwhile (REFERENCED_ROW_NOT_FOUND); validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "REFERENCED_ROW_NOT_FOUND";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            /** @description Too many wrong passwords (throttled like logins) (TOO_MANY_REQUESTS); too many requests of this user running or queued, or too many writes a minute (HTTP_WRITES_PER_MINUTE) (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many wrong passwords (throttled like logins)",
                     *       "instance": "/api/v1/...",
                     *       "code": "TOO_MANY_REQUESTS",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "TOO_MANY_REQUESTS" | "RATE_LIMITED";
                        /** @enum {integer} */
                        status?: 429;
                    };
                };
            };
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponseDto"];
                };
            };
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            /** @description A dependency is down; `checks` names it (SERVICE_UNAVAILABLE) */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is down; `checks` names it",
                     *       "instance": "/api/v1/...",
                     *       "code": "SERVICE_UNAVAILABLE",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & components["schemas"]["HealthProblemDto"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        /** @enum {integer} */
                        status?: 503;
                    };
                };
            };
            default: components["responses"]["UnexpectedError"];
        };
    };
    Users_me_root_alias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Validation failed; `errors` lists every field (VALIDATION_FAILED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation-failed",
                     *       "title": "Validation failed",
                     *       "status": 422,
                     *       "detail": "Validation failed; `errors` lists every field",
                     *       "instance": "/api/v1/...",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "9b2f7c1e-0c3a-4a51-9d0e-6f1f2f3a4b5c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetails"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        /** @enum {integer} */
                        status?: 422;
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["DatabaseUnavailable"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
