/** The import page: every kind of file the user's role may import, one page. */
package dev.gemba.importing.web;
