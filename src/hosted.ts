/**
 * Entry of the hosted verification page (`/verify/{token}`): defines the element and, when the page
 * runs inside an iframe or a native webview, mirrors the element's events to that host.
 */
import './index.js';
