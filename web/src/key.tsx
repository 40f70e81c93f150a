/**
 * @module The API key form for the views that change the record (review, ingest). The key is
 * kept in sessionStorage for this tab only and sent as `Authorization: Bearer KEY`.
 */
import { useState, type FormEvent } from 'react';
import { getApiKey, setApiKey } from './api';

export function KeyForm({ onChange }: { onChange: () => void }) {
  const [draft, setDraft] = useState('');
  const has = getApiKey() !== '';
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setApiKey(draft.trim());
    setDraft('');
    onChange();
  };
  if (has) {
    return (
      <p className="muted">
        Using your API key for this tab.{' '}
        <button
          type="button"
          onClick={() => {
            setApiKey('');
            onChange();
          }}
        >
          Forget the key
        </button>
      </p>
    );
  }
  return (
    <form className="key-form" onSubmit={submit} aria-label="API key">
      <label className="field">
        <span>Researcher or admin API key</span>
        <input type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} required />
      </label>
      <button type="submit" className="primary">
        Use key
      </button>
      <span className="muted">Kept for this tab only. Reading needs no key; reviewing and ingesting do.</span>
    </form>
  );
}
