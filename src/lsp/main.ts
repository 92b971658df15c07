/** The language server as a program of its own: the entry the VS Code extension bundles. */
import { startServer } from './server.js';

startServer();
