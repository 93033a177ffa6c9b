import { render } from 'preact';
import { App } from './App.tsx';
import { registerServiceWorker } from './pwa.ts';
import './styles.css';

render(<App />, document.getElementById('app')!);
registerServiceWorker();
