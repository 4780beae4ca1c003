/** A labelled text input that commits on Enter or when it loses focus, not on every keystroke. */
import { useEffect, useState } from 'react';

export function TextField({ label, value, onCommit, testId, list, multiline }: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  testId?: string;
  list?: string;
  multiline?: boolean;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = {
    'data-testid': testId,
    value: text,
    onBlur: commit,
    onChange: (e: { target: { value: string } }) => setText(e.target.value),
  };
  return (
    <label>
      {label}
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} list={list} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
    </label>
  );
}
