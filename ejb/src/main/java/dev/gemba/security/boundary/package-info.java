/** Verifying credentials for the web layer and administering users. */
package dev.gemba.security.boundary;
