-- The original Atlas database as its ORM's create_all builds it (see ORIGINAL-SCHEMA.md):
-- free-text statuses, no unique membership keys, nullable emails, integer and UUID-string ids.
CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  github_id VARCHAR(50),
  username VARCHAR(100) NOT NULL,
  email VARCHAR(255),
  password_hash VARCHAR(255),
  avatar_url VARCHAR(500),
  role VARCHAR(50) NOT NULL,
  is_active BOOLEAN,
  invited_by INTEGER,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_users_id ON users (id);
CREATE UNIQUE INDEX ix_users_github_id ON users (github_id);
CREATE UNIQUE INDEX ix_users_username ON users (username);
CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE TABLE organizations (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  description TEXT,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE organization_members (
  id VARCHAR(36) PRIMARY KEY,
  organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id),
  user_id INTEGER NOT NULL REFERENCES users (id),
  role VARCHAR(50) NOT NULL,
  description TEXT,
  invited_by INTEGER NOT NULL REFERENCES users (id),
  joined_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);

CREATE TABLE projects (
  id VARCHAR(36) PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  description TEXT,
  owner_id INTEGER NOT NULL REFERENCES users (id),
  organization_id VARCHAR(36) REFERENCES organizations (id),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_projects_organization ON projects (organization_id);

CREATE TABLE epics (
  id VARCHAR(36) PRIMARY KEY,
  project_id VARCHAR(36) NOT NULL REFERENCES projects (id),
  name VARCHAR(200) NOT NULL,
  description TEXT,
  "order" INTEGER,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE stories (
  id VARCHAR(36) PRIMARY KEY,
  epic_id VARCHAR(36) NOT NULL REFERENCES epics (id),
  name VARCHAR(200) NOT NULL,
  description TEXT,
  "order" INTEGER,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE tasks (
  id VARCHAR(36) PRIMARY KEY,
  project_id VARCHAR(36) NOT NULL REFERENCES projects (id),
  story_id VARCHAR(36) REFERENCES stories (id),
  title VARCHAR(200) NOT NULL,
  description TEXT,
  status VARCHAR(20) NOT NULL,
  assignee_id INTEGER REFERENCES users (id),
  due_date TIMESTAMP WITH TIME ZONE,
  estimate_hours INTEGER,
  progress_percentage INTEGER,
  risk_level VARCHAR(20),
  priority INTEGER,
  "order" INTEGER,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE notifications (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  type VARCHAR(50) NOT NULL,
  title VARCHAR(255) NOT NULL,
  message TEXT NOT NULL,
  link VARCHAR(500),
  read BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  read_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_id ON notifications (id);
CREATE INDEX ix_notifications_user_id ON notifications (user_id);
CREATE INDEX ix_notifications_read ON notifications (read);

CREATE TABLE channels (
  id SERIAL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  description TEXT,
  channel_type VARCHAR(20),
  project_id VARCHAR(100),
  created_by INTEGER NOT NULL REFERENCES users (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_channels_id ON channels (id);

CREATE TABLE messages (
  id SERIAL PRIMARY KEY,
  sender_id INTEGER NOT NULL REFERENCES users (id),
  channel_id INTEGER REFERENCES channels (id),
  recipient_id INTEGER REFERENCES users (id),
  content TEXT NOT NULL,
  message_type VARCHAR(20),
  is_edited BOOLEAN,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_messages_id ON messages (id);
CREATE INDEX ix_messages_sender_id ON messages (sender_id);
CREATE INDEX ix_messages_channel_id ON messages (channel_id);
CREATE INDEX ix_messages_recipient_id ON messages (recipient_id);

CREATE TABLE channel_members (
  id SERIAL PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES channels (id),
  user_id INTEGER NOT NULL REFERENCES users (id),
  role VARCHAR(20),
  joined_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_channel_members_id ON channel_members (id);
CREATE INDEX ix_channel_members_channel_id ON channel_members (channel_id);
CREATE INDEX ix_channel_members_user_id ON channel_members (user_id);

CREATE TABLE user_presence (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL UNIQUE REFERENCES users (id),
  status VARCHAR(20),
  last_seen TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_user_presence_id ON user_presence (id);

CREATE TABLE issues (
  id SERIAL PRIMARY KEY,
  project_id VARCHAR(36) NOT NULL REFERENCES projects (id),
  task_id VARCHAR(36) REFERENCES tasks (id),
  reporter_id INTEGER NOT NULL REFERENCES users (id),
  assignee_id INTEGER REFERENCES users (id),
  title VARCHAR(200) NOT NULL,
  description TEXT NOT NULL,
  issue_type VARCHAR(20),
  priority VARCHAR(20),
  status VARCHAR(20),
  resolution TEXT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at TIMESTAMP WITH TIME ZONE,
  resolved_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_issues_id ON issues (id);
CREATE INDEX ix_issues_project_id ON issues (project_id);
CREATE INDEX ix_issues_task_id ON issues (task_id);
CREATE INDEX ix_issues_reporter_id ON issues (reporter_id);
CREATE INDEX ix_issues_assignee_id ON issues (assignee_id);
