// Generated from openapi.json by `npm run generate -w client`; do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
        get: operations["Chat_listChannels"];
        put?: never;
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
        get: operations["Chat_channelMessages"];
        put?: never;
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
        get: operations["Chat_directMessages"];
        put?: never;
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
        delete: operations["Comments_remove"];
        options?: never;
        head?: never;
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
        delete: operations["Plan_removeEpic"];
        options?: never;
        head?: never;
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
        get: operations["Comments_issueComments"];
        put?: never;
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
        post: operations["Watchers_watchIssue"];
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
        delete: operations["Labels_remove"];
        options?: never;
        head?: never;
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
        get: operations["Notifications_getPreferences"];
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
        get: operations["Invitations_list"];
        put?: never;
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
        get: operations["Projects_list"];
        put?: never;
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
        get: operations["Projects_get"];
        put?: never;
        post?: never;
        delete: operations["Projects_remove"];
        options?: never;
        head?: never;
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
        /** The ordered epic, story and task tree of a project */
        get: operations["Plan_tree"];
        put?: never;
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
        get: operations["Labels_list"];
        put?: never;
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
        get: operations["Sprints_list"];
        put?: never;
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
        get: operations["Tasks_list"];
        put?: never;
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
        get: operations["Tasks_get"];
        put?: never;
        post?: never;
        delete: operations["Tasks_remove"];
        options?: never;
        head?: never;
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
        get: operations["Comments_taskComments"];
        put?: never;
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
        post: operations["Watchers_watchTask"];
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
        get: operations["Sprints_get"];
        put?: never;
        post?: never;
        delete: operations["Sprints_remove"];
        options?: never;
        head?: never;
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
        delete: operations["Plan_removeStory"];
        options?: never;
        head?: never;
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
        get: operations["Users_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
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
            /** @description null for a change made by the system */
            actor_id: number | null;
            actor_username: string | null;
            created_at: string;
            /** @description The changed field, as named in the JSON of the subject */
            field: string | null;
            id: number;
            new_value: string | null;
            old_value: string | null;
            reason: string | null;
        };
        AddMemberDto: {
            description?: string;
            /** Format: email */
            email: string;
            /** @description Longer passwords are rejected, never truncated */
            password: string;
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
            username: string;
        };
        AssignIssueDto: {
            /** @description A project member */
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
            /** Format: date */
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
            /** Format: uuid */
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
            /** Format: date-time */
            created_at: string;
            created_by_id: number | null;
            description: string | null;
            /** @example 4 */
            id: number;
            /** @description Whether the caller belongs to the channel */
            is_member: boolean;
            name: string;
            /** Format: uuid */
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
            author_id: number;
            author_username: string;
            body: string;
            created_at: string;
            edited: boolean;
            id: number;
            issue_id: number | null;
            /** @description Ids of the mentioned members */
            mentions: number[];
            /** Format: uuid */
            task_id: string | null;
            updated_at: string;
        };
        CompletedTaskDto: {
            /** Format: uuid */
            id: string;
            next_task: components["schemas"]["NextTaskDto"] | null;
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
            id: number;
            name: string;
        };
        ConversationDto: {
            channel: components["schemas"]["ConversationChannelDto"] | null;
            /** @enum {string} */
            kind: "channel" | "direct";
            last_message: components["schemas"]["MessageDto"] | null;
            /** @description The partner of a direct conversation */
            user: components["schemas"]["ConversationUserDto"] | null;
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
            /** Format: uuid */
            project_id: string;
            /**
             * Format: uuid
             * @description A task of the same project
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
            /** Format: date-time */
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
             */
            sprint_id?: string | null;
            /**
             * Format: uuid
             * @description A story of the same project
             */
            story_id?: string;
            story_points?: number | null;
            title: string;
        };
        DefaultOrganizationDto: {
            /** Format: uuid */
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
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
            stories: components["schemas"]["StoryTreeDto"][];
        };
        EventDto: {
            /** Format: date-time */
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
             */
            projected_end_date: string | null;
            remaining_points: number;
        };
        HealthResponseDto: {
            /**
             * @example {
             *       "database": "up",
             *       "redis": "up"
             *     }
             */
            checks: Record<string, never>;
            /** @enum {string} */
            status: "ok";
        };
        HighRiskTaskDto: {
            /** Format: date-time */
            due_date: string | null;
            /** Format: uuid */
            id: string;
            /** @description progress_percentage */
            progress: number;
            risk_factors: components["schemas"]["RiskFactorDto"][];
            risk_score: number;
            title: string;
        };
        InvitationDto: {
            created_at: string;
            description: string | null;
            email: string;
            expires_at: string;
            id: number;
            /** @description Username of who sent it */
            invited_by: string;
            invited_by_id: number;
            /** Format: uuid */
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
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "manager" | "product_owner" | "developer" | "designer" | "qa";
        };
        IssueDto: {
            assignee_id: number | null;
            assignee_username: string | null;
            created_at: string;
            description: string;
            id: number;
            /** @enum {string} */
            issue_type: "blocker" | "bug" | "question";
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** Format: uuid */
            project_id: string;
            reporter_id: number;
            reporter_username: string;
            resolution: string | null;
            resolved_at: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "resolved" | "closed";
            /** Format: uuid */
            task_id: string | null;
            title: string;
            updated_at: string;
        };
        IssueRefDto: {
            id: number;
            title: string;
        };
        LabelDto: {
            /** @example #d73a4a */
            color: string;
            created_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            project_id: string;
            updated_at: string;
        };
        LoginDto: {
            /** Format: email */
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
            created_at: string;
            email: string;
            id: number;
            /** @description Role in the default organization */
            role: string | null;
            username: string;
        };
        MemberDto: {
            description: string | null;
            email: string;
            /** @description The member user id */
            id: number;
            invited_by: string | null;
            invited_by_id: number | null;
            joined_at: string;
            /** @enum {string} */
            role: "owner" | "manager" | "product_owner" | "developer" | "designer" | "qa";
            username: string;
        };
        MessageDto: {
            channel_id: number | null;
            content: string;
            /** Format: date-time */
            created_at: string;
            /** @example 7 */
            id: number;
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
            /** Format: uuid */
            id: string;
            title: string;
        };
        NotificationDto: {
            /** Format: date-time */
            created_at: string;
            /** @example 42 */
            id: number;
            link: string | null;
            message: string;
            read: boolean;
            /** Format: date-time */
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
            comment_added: boolean;
            issue_assigned: boolean;
            issue_resolved: boolean;
            /** @description Cannot be switched off (false is a 422) */
            mention: boolean;
            new_issue: boolean;
            /** @description Cannot be switched off (false is a 422) */
            org_invitation: boolean;
            sprint_at_risk: boolean;
            status_changed: boolean;
            /** @description Cannot be switched off (false is a 422) */
            task_assigned: boolean;
            task_at_risk: boolean;
        };
        /** @enum {string} */
        NotificationType: "task_assigned" | "task_at_risk" | "new_issue" | "issue_assigned" | "issue_resolved" | "org_invitation" | "mention" | "comment_added" | "status_changed" | "sprint_at_risk";
        OnlineUserDto: {
            /** @enum {string} */
            status: "online" | "away";
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
            created_at: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            is_owner: boolean;
            name: string;
            owner_id: number;
        };
        OrganizationListItemDto: {
            created_at: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @description The organization requests act in without X-Organization-Id */
            is_default: boolean;
            is_owner: boolean;
            name: string;
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
            plan?: {
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
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
        };
        PlannedTaskDto: {
            /** Format: uuid */
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
        /** @description RFC 9457 problem details; every error response has this shape. */
        ProblemDetails: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "REFERENCED_ROW_NOT_FOUND" | "INVALID_CURSOR" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR" | "INVALID_UTF8" | "JSON_TOO_DEEP" | "CONTENT_ENCODING_MISMATCH" | "HEADERS_TOO_LARGE" | "REQUEST_TIMEOUT" | "RATE_LIMITED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "EMAIL_TAKEN" | "USERNAME_TAKEN" | "INVALID_CREDENTIALS" | "REFRESH_TOKEN_INVALID" | "DEMO_LOGIN_DISABLED" | "ALREADY_OWNS_ORGANIZATION" | "ALREADY_MEMBER" | "INVITATION_PENDING" | "CANNOT_REMOVE_SELF" | "NO_ORGANIZATION" | "INVITATION_EXPIRED" | "INVITATION_NOT_PENDING" | "OWNER_CANNOT_LEAVE" | "OWNER_ROLE_FIXED" | "NOTIFICATION_TYPE_UNKNOWN" | "NOTIFICATION_INVALID" | "NOTIFICATION_RECIPIENT_NOT_FOUND" | "TASK_ALREADY_DONE" | "TASK_NOT_ASSIGNED_TO_YOU" | "TASK_NOT_STARTABLE" | "INVALID_ISSUE_TRANSITION" | "SPRINT_ALREADY_ACTIVE" | "INVALID_SPRINT_TRANSITION" | "SPRINT_COMPLETED" | "NOT_A_CHANNEL_MEMBER" | "AI_NOT_CONFIGURED" | "AI_TIMEOUT" | "AI_PROVIDER_ERROR" | "AI_PROVIDER_RATE_LIMITED" | "AI_INVALID_OUTPUT" | "NOT_THE_COMMENT_AUTHOR" | "LABEL_NAME_TAKEN" | "USER_NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "INVITATION_NOT_FOUND" | "PROJECT_NOT_FOUND" | "EPIC_NOT_FOUND" | "STORY_NOT_FOUND" | "TASK_NOT_FOUND" | "ISSUE_NOT_FOUND" | "NOTIFICATION_NOT_FOUND" | "CHANNEL_NOT_FOUND" | "SPRINT_NOT_FOUND" | "COMMENT_NOT_FOUND" | "LABEL_NOT_FOUND";
            detail?: string;
            /** @description Present on validation failures (422) */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @example /api/v1/projects/tasks/6f0c.../complete */
            instance: string;
            request_id: string;
            /** @example 404 */
            status: number;
            /** @example Task not found */
            title: string;
            /** @example /problems/task-not-found */
            type: string;
        };
        ProjectDto: {
            created_at: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            organization_id: string;
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
            /** Format: uuid */
            id: string;
            title: string;
        };
        RefreshDto: {
            refresh_token: string;
        };
        RegisterDto: {
            /** Format: email */
            email: string;
            /** @description Longer passwords are rejected, never truncated */
            password: string;
            username: string;
        };
        ResolveIssueDto: {
            resolution: string;
        };
        RiskFactorDto: {
            /** @example overdue */
            code: string;
            detail: string;
            points: number;
        };
        RootResponseDto: {
            docs: string;
            health: string;
            name: string;
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
            /** @description The issue, or the issue a comment is on */
            issue_id: number | null;
            /** Format: uuid */
            project_id: string;
            /** @description Relevance in 0..1, higher first */
            rank: number;
            /** @description The matching passage as HTML: the text escaped, each match wrapped in <mark></mark> */
            snippet: string;
            /**
             * Format: uuid
             * @description The task, or the task a comment is on
             */
            task_id: string | null;
            /** @description The task’s or issue’s title; for a comment, that of the task or issue it is on */
            title: string;
            /** @enum {string} */
            type: "task" | "issue" | "comment";
        };
        SprintDto: {
            /** @description Points in the sprint when it started */
            committed_points: number | null;
            /** Format: date-time */
            completed_at: string | null;
            /** @description Points of its Done tasks when it was completed */
            completed_points: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date */
            end_date: string;
            goal: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            project_id: string;
            /** Format: date */
            start_date: string;
            /** Format: date-time */
            started_at: string | null;
            /** @enum {string} */
            status: "planned" | "active" | "completed";
            /** Format: date-time */
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
        StandupDto: {
            /** @description High-risk open tasks, riskiest first */
            at_risk: components["schemas"]["RefDto"][];
            members: components["schemas"]["StandupMemberDto"][];
            /** @description Open blocker issues of the project */
            open_blockers: components["schemas"]["IssueRefDto"][];
            /** Format: date-time */
            since: string;
        };
        StandupMemberDto: {
            /** @description Their open tasks with an open blocker issue */
            blocked: components["schemas"]["RefDto"][];
            /** @description Tasks they moved to Done since `since` (and that are still Done) */
            completed: components["schemas"]["RefDto"][];
            /** @description Their In Progress tasks that are not blocked */
            in_progress: components["schemas"]["RefDto"][];
            user_id: number;
            username: string;
        };
        StoryTreeDto: {
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            order: number;
            tasks: components["schemas"]["TreeTaskDto"][];
        };
        TaskDto: {
            assignee_id: number | null;
            created_at: string;
            description: string | null;
            /** Format: date-time */
            due_date: string | null;
            estimate_hours: number | null;
            /** Format: uuid */
            id: string;
            /** @description True while an open blocker issue is linked */
            is_blocked: boolean;
            /** @description Sorted */
            label_ids: string[];
            order: number;
            priority: number;
            progress_percentage: number;
            /** Format: uuid */
            project_id: string;
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            risk_score: number;
            /**
             * Format: uuid
             * @description null = the backlog
             */
            sprint_id: string | null;
            /** @enum {string} */
            status: "To Do" | "In Progress" | "Done";
            /** Format: uuid */
            story_id: string | null;
            story_points: number | null;
            title: string;
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
            assignee_id: number | null;
            /** Format: uuid */
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
            /** @description Cannot be switched off (false is a 422) */
            mention?: boolean;
            new_issue?: boolean;
            /** @description Cannot be switched off (false is a 422) */
            org_invitation?: boolean;
            sprint_at_risk?: boolean;
            status_changed?: boolean;
            /** @description Cannot be switched off (false is a 422) */
            task_assigned?: boolean;
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
            /** Format: date */
            end_date?: string;
            goal?: string | null;
            name?: string;
            /** Format: date */
            start_date?: string;
        };
        UpdateTaskDto: {
            /** @description A project member; null unassigns */
            assigned_to?: number | null;
            description?: string | null;
            /** Format: date-time */
            due_date?: string | null;
            estimate_hours?: number | null;
            /** @description The whole label set: labels of the same project (else 422); [] removes every label */
            label_ids?: string[];
            priority?: number;
            progress_percentage?: number;
            /**
             * Format: uuid
             * @description A planned or active sprint of the same project (else 422); null moves the task to the backlog
             */
            sprint_id?: string | null;
            /** @enum {string} */
            status?: "To Do" | "In Progress" | "Done";
            story_points?: number | null;
            title?: string;
        };
        UserSummaryDto: {
            avatar_url: string | null;
            email: string;
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
            /** Format: uuid */
            id: string;
            name: string;
        };
        WatcherDto: {
            user_id: number;
            username: string;
        };
    };
    responses: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RootResponseDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Ai_discover: {
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
                "application/json": components["schemas"]["DiscoverProjectDto"];
            };
        };
        responses: {
            /** @description A new project in the caller's organization, created from a drafted plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscoveredProjectDto"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AI_REQUESTS_PER_MINUTE planning requests this minute (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_PROVIDER_ERROR: the provider failed or refused; AI_INVALID_OUTPUT: no valid plan after one corrective retry */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_NOT_CONFIGURED: no provider is configured; AI_PROVIDER_RATE_LIMITED: the provider answered 429 (see Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_TIMEOUT: the provider did not answer within AI_TIMEOUT_MS */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDraftDto"];
                };
            };
            /** @description TOO_MANY_REQUESTS: more than AI_REQUESTS_PER_MINUTE planning requests this minute (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_PROVIDER_ERROR: the provider failed or refused; AI_INVALID_OUTPUT: no valid plan after one corrective retry */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_NOT_CONFIGURED: no provider is configured; AI_PROVIDER_RATE_LIMITED: the provider answered 429 (see Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description AI_TIMEOUT: the provider did not answer within AI_TIMEOUT_MS */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Demo login is disabled */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Unknown email or wrong password (indistinguishable) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many failed attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid, expired or reused refresh token (reuse revokes the session) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The email or username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such channel, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelMessageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such channel, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A public channel the caller has not joined (NOT_A_CHANNEL_MEMBER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such channel, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A public channel the caller has not joined (NOT_A_CHANNEL_MEMBER) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such channel, or a private channel the caller does not belong to (CHANNEL_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The id is not a positive integer
             *
             *     Invalid body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bad limit or skip (this list takes no cursor) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a member of the organization the request acts in (USER_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The user_id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a member of the organization the request acts in (USER_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The user_id is not a positive integer
             *
             *     Invalid body
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bad limit or skip (this list takes no cursor) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or invalid query, limit, skip or cursor */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only the author, the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller is not the author (NOT_THE_COMMENT_AUTHOR) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bad after or limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The transition is not allowed from the current status (INVALID_ISSUE_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The transition is not allowed from the current status (INVALID_ISSUE_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The transition is not allowed from the current status (INVALID_ISSUE_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssueDto"];
                };
            };
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The transition is not allowed from the current status (INVALID_ISSUE_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such issue or project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or label, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelDto"];
                };
            };
            /** @description No such project or label, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The project already has a label of that name in any case (LABEL_NAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bad limit, skip, cursor or unread_only */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationMessageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such notification, or it belongs to another user (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationMessageDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such notification, or it belongs to another user (NOTIFICATION_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkAllReadDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not a boolean, an unknown type, or a mandatory type switched off */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description The caller is not the organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The email or username already has an account (invite it instead) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The caller already owns an organization */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller is neither the owner nor a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description The caller is not the organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already a member, or an invitation is pending */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller is neither the owner nor a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such invitation in the organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No longer pending (INVITATION_NOT_PENDING) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description No such invitation to the caller’s email address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Expired (INVITATION_EXPIRED), or no longer pending (INVITATION_NOT_PENDING) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description No such invitation to the caller’s email address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Expired (INVITATION_EXPIRED), or no longer pending (INVITATION_NOT_PENDING) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The owner cannot leave (OWNER_CANNOT_LEAVE) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description The caller is neither the owner nor a manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The owner’s role cannot change (OWNER_ROLE_FIXED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The user_id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller belongs to no organization, or not to the one named by the header */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller is not the organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The owner cannot remove themselves */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The user_id is not a positive integer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectDelaysDto"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project or label, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelDto"];
                };
            };
            /** @description No such project or label, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The project already has a label of that name in any case (LABEL_NAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EpicTreeDto"][];
                };
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectRiskSummaryDto"];
                };
            };
            /** @description No such project, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Invalid fields, or end_date before start_date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandupDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VelocityDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectDelaysDto"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMessageDto"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description No such task, issue or comment, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteTaskResponseDto"];
                };
            };
            /** @description Assigned to another member and the caller does not own the project */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The task is already Done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRiskDto"];
                };
            };
            /** @description No such task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskMessageDto"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not To Do, or assigned to another member (a concurrent start won) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such task or issue, or the caller is not a member of its project */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignResponseDto"];
                };
            };
            /** @description No such project or task, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Lists every failing id; nothing was assigned */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description project_id is not one of the caller’s projects */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description q missing, longer than 200 characters or without a word; unknown type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Only a planned sprint can be deleted (INVALID_SPRINT_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteSprintResponseDto"];
                };
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The sprint is not active (INVALID_SPRINT_TRANSITION) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description carry_over_to is not backlog or a planned sprint of the same project */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintPlanDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No capacity_points and no completed sprint to take a velocity from */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintDto"];
                };
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Another sprint of the project is active (SPRINT_ALREADY_ACTIVE), or this one is not planned */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SprintTasksResponseDto"];
                };
            };
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Lists every id that is not a task of the project or is Done; nothing was added */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such project or sprint, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The sprint is completed (SPRINT_COMPLETED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Only the project owner or an organization owner or manager */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            /** @description No such project, epic or story, or the caller is not a member */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The username is taken (USERNAME_TAKEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The caller is not a member of that organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description No such invitation to the caller’s email address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            /** @description The current password is wrong (INVALID_CREDENTIALS), or the token is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many wrong passwords; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponseDto"];
                };
            };
            /** @description A dependency is down; problem+json with `checks` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
