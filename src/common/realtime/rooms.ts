/** A user's own sockets (every tab and device): notifications, direct messages, session revocation. */
export type UserRoom = `user:${number}`;
/** Members who subscribed to a project (`subscribe_project`): task and issue changes. */
export type ProjectRoom = `project:${string}`;
/** Every member of an organization: presence. */
export type OrganizationRoom = `org:${string}`;
/** Members of a chat channel: its messages and typing indicators. */
export type ChannelRoom = `channel:${number}`;

export type Room = UserRoom | ProjectRoom | OrganizationRoom | ChannelRoom;

/** The one place room names are spelled; the gateway, the outbox writers and the tests all build them here. */
export const Rooms = {
  user: (userId: number): UserRoom => `user:${userId}`,
  /** Pass the id as stored (lowercase): one room per project, whatever case a client sent. */
  project: (projectId: string): ProjectRoom => `project:${projectId}`,
  org: (organizationId: string): OrganizationRoom => `org:${organizationId}`,
  channel: (channelId: number): ChannelRoom => `channel:${channelId}`,
} as const;
