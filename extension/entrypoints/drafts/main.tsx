import { render } from 'preact';
import { draftsDb } from '../../utils/drafts-home';
import { withDraftsLock } from '../../utils/drafts-lock';
import { prepareDrafts } from '../../utils/drafts-rewrite';
import { DraftsManager } from './drafts-manager';
import './drafts.css';

const root = document.getElementById('app');
if (root)
  void withDraftsLock('exclusive', async () => {
    // Opened before the worker first saved: what it would finish or move first is done here (see prepareDrafts).
    const db = await draftsDb();
    await prepareDrafts(db);
    return db;
  }).then((db) => render(<DraftsManager db={db} />, root));
