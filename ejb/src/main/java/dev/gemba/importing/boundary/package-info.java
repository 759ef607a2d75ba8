/** The import service, the row-handler interface kinds implement, and the records they exchange. */
package dev.gemba.importing.boundary;
