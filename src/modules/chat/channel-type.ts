export enum ChannelType {
  PUBLIC = 'public',
  PRIVATE = 'private',
}
