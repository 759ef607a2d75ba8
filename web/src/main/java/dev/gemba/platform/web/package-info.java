/** The UI shell: menu, resource-bundle messages and HTTP security headers. */
package dev.gemba.platform.web;
