import { render } from 'preact';
import { DraftsManager } from './drafts-manager';
import './drafts.css';

const root = document.getElementById('app');
if (root) render(<DraftsManager />, root);
