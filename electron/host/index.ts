import { UNEXPECTED_MESSAGE } from '../services/db/writeAlerts';
import { installLastResort } from '../services/lastResort';
import { portOf } from './port';
import { startServiceHost } from './serviceHost';

/**
 * The service host's entry, built to out/main/host.js. Electron starts it with
 * utilityProcess.fork, browser mode with child_process.fork: the same file either way.
 */
const host = startServiceHost(portOf(process));

// An error nobody caught is logged and shown as the file's alert; the host and its file stay.
installLastResort(process, {
  log: (error) => console.error('[värd] oväntat fel', error),
  tell: () => {
    host.reportUnexpected();
    console.error(UNEXPECTED_MESSAGE);
  },
});
