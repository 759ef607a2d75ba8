/** HTTP authentication (form sessions for the UI, Basic for the API), the identity store and the login, logout and user-admin views. */
package dev.gemba.security.web;
