import { render } from 'preact';
import { Checker } from './checker';
import './checker.css';

const root = document.getElementById('app');
if (root) render(<Checker />, root);
