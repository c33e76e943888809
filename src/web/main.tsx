/** Entry point: fonts, the write token from the address, then the app. */
import { render } from 'preact';
import { App } from './app.js';
import { loadFonts } from './fonts.js';
import { captureToken } from './lib/api.js';
import './styles.css';

captureToken();
const fonts = loadFonts();
render(<App fonts={fonts} />, document.getElementById('app')!);
