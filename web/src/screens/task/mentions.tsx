import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Member } from '../../console-context';

/**
 * The server's reading of `@username`: an `@` not preceded by a username character or another `@` (so an
 * email address mentions nobody), followed by username characters.
 */
const MENTION = /(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_.-]+)/g;
/** The `@partial` the caret stands at the end of, if any. */
const TYPING_MENTION = /(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_.-]*)$/;
const MAX_SUGGESTIONS = 6;

/** A comment body with the users it mentions (`mentions`, by id) shown as mentions. */
export function CommentBody({ body, mentions, members }: { body: string; mentions: number[]; members: Member[] }) {
  const mentioned = new Set(members.filter((member) => mentions.includes(member.id)).map((member) => member.username.toLowerCase()));
  const parts: (string | { name: string })[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const name = match[1].replace(/[.-]+$/, '');
    const known = mentioned.has(match[1].toLowerCase()) ? match[1] : mentioned.has(name.toLowerCase()) ? name : null;
    if (known === null) continue;
    parts.push(body.slice(last, match.index), { name: known });
    last = match.index + 1 + known.length;
  }
  parts.push(body.slice(last));
  return (
    <p className="comment-body">
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <span key={i} className="mention" data-testid="mention">
            @{part.name}
          </span>
        ),
      )}
    </p>
  );
}

/** A textarea that suggests members while an `@name` is being typed, and completes the one picked. */
export function MentionTextarea({
  label,
  value,
  onChange,
  members,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  members: Member[];
  placeholder?: string;
}) {
  const [caret, setCaret] = useState(0);
  const [highlighted, setHighlighted] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [placeCaret, setPlaceCaret] = useState<number | null>(null);
  useEffect(() => {
    if (placeCaret === null || !textarea.current) return;
    textarea.current.setSelectionRange(placeCaret, placeCaret);
    setPlaceCaret(null);
  }, [placeCaret]);
  const typing = TYPING_MENTION.exec(value.slice(0, caret));
  const prefix = typing?.[1].toLowerCase();
  const suggestions =
    prefix === undefined || dismissed
      ? []
      : members.filter((member) => member.username.toLowerCase().startsWith(prefix) && member.username.toLowerCase() !== prefix).slice(0, MAX_SUGGESTIONS);

  const pick = (member: Member) => {
    if (!typing) return;
    const start = caret - typing[0].length;
    const inserted = `@${member.username} `;
    onChange(value.slice(0, start) + inserted + value.slice(caret));
    setCaret(start + inserted.length);
    setPlaceCaret(start + inserted.length);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : suggestions.length - 1;
      setHighlighted((highlighted + step) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(suggestions[Math.min(highlighted, suggestions.length - 1)]);
    } else if (event.key === 'Escape') {
      setDismissed(true);
    }
  };
  return (
    <div className="mention-input">
      <textarea
        ref={textarea}
        aria-label={label}
        placeholder={placeholder}
        value={value}
        required
        maxLength={10000}
        aria-autocomplete="list"
        aria-expanded={suggestions.length > 0}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setHighlighted(0);
          setDismissed(false);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 && (
        <ul className="suggestions" role="listbox" aria-label="Members to mention">
          {suggestions.map((member, i) => (
            <li
              key={member.id}
              role="option"
              aria-selected={i === highlighted}
              className={i === highlighted ? 'active' : ''}
              onMouseDown={(e) => {
                // Keeps the focus (and the caret) in the textarea.
                e.preventDefault();
                pick(member);
              }}
            >
              @{member.username} <small>{member.role}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
