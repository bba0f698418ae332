// Live values over the WebSocket at /api/v1/ws (docs/live.md): the credentials go
// in the first message, a renewed token is sent again, and a dropped socket is
// reopened after a pause. One socket per open datapoint page.

import { BASE, liveCredentials, onToken } from './api.js';

export class Live {
  /** `onValues(values)` gets each batch; `onState(text)` how the socket is. */
  constructor(datapointIds, onValues, onState = () => {}) {
    this.ids = datapointIds;
    this.onValues = onValues;
    this.onState = onState;
    this.closed = false;
    this.delay = 1000;
    this.nextId = 1;
    this.renewed = () => this.send({ auth: liveCredentials() });
    this.stopRenewals = onToken(this.renewed);
    this.open();
  }

  open() {
    if (this.closed) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}${BASE}/ws`);
    this.socket = socket;
    socket.addEventListener('open', () => {
      const credentials = liveCredentials();
      if (!credentials) { this.close(); return; }
      this.send({ auth: credentials });
      this.send({ id: this.nextId++, subscribe: { datapoint_ids: this.ids } });
    });
    socket.addEventListener('message', (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch { return; }
      if (message.ok && message.snapshot) {
        this.delay = 1000;
        this.onState('live');
        if (message.snapshot.length) this.onValues(message.snapshot);
      } else if (message.values) {
        this.onValues(message.values);
      } else if (message.error) {
        this.onState(`live: ${message.error.detail || message.error.title}`);
      }
    });
    socket.addEventListener('close', () => {
      if (this.closed) return;
      this.onState('reconnecting…');
      setTimeout(() => this.open(), this.delay);
      this.delay = Math.min(this.delay * 2, 30000);
    });
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN && (message.auth !== null)) {
      this.socket.send(JSON.stringify(message));
    }
  }

  close() {
    this.closed = true;
    this.stopRenewals();
    if (this.socket) this.socket.close();
  }
}
